import { Card } from "staking-ui";

// Only Card: the bundle must not carry Radix, the MDX compiler or the emoji data set.
export function App() {
  return <Card emoji="🐟" title="Vite consumer" description="Only Card is imported from staking-ui." />;
}
