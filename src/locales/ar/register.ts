// Side-effect entry: `import "staking-ui/locales/ar/register"` once in the app makes every
// component render locale "ar" (and "ar-*") with its Arabic strings.
import { registerLocale } from "../../i18n/locale-registry.js";
import { ar } from "./index.js";

registerLocale(ar);
