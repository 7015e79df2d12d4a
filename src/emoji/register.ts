// Side-effect entry: `import "staking-ui/emoji/register"` once in the app makes shortcodes resolve.
import { registerEmojiShortcodes } from "./index.js";

registerEmojiShortcodes();
