// Side-effect entry: `import "staking-ui/locales/zh/register"` once in the app makes every
// component render locale "zh" (and "zh-*") with its Chinese (simplified) strings.
import { registerLocale } from "../../i18n/locale-registry.js";
import { zh } from "./index.js";

registerLocale(zh);
