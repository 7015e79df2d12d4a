import "staking-ui/styles.css";
import { Providers } from "./providers.jsx";

export const metadata = { title: "staking-ui in Next.js" };

export default function RootLayout({ children }) {
  return (
    <html lang="zh">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
