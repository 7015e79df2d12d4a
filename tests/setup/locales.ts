// Registers the Chinese and Arabic locale packs for the test projects that render components in
// those locales, as a site does with `import "staking-ui/locales/zh/register"`. Tests that check
// the unregistered case use their own fresh module graph (vi.resetModules) or a pack-less catalog.
import "../../src/locales/zh/register";
import "../../src/locales/ar/register";
