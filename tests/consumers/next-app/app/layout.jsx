import "staking-ui/styles.css";

export const metadata = { title: "staking-ui in Next.js" };

export default function RootLayout({ children }) {
  return (
    <html lang="zh">
      <body>{children}</body>
    </html>
  );
}
