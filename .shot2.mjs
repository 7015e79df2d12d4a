import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-dev-shm-usage"] });
const [url, out, count, width] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width ?? 1200), height: 1000 } });
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log("console", m.type(), m.text().slice(0, 300)); });
await page.goto(url);
await page.waitForTimeout(4000);
for (let i = 0; i < Number(count); i++) {
  await page.evaluate((y) => { window.scrollTo(0, y); document.querySelector("#storybook-docs")?.scrollTo?.(0, y); }, i * 1000);
  await page.screenshot({ path: `${out}-${i}.png` });
}
await browser.close();
