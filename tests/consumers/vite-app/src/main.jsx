import { createRoot } from "react-dom/client";
import { App } from "./app.jsx";
import "staking-ui/styles.css";

createRoot(document.getElementById("root")).render(<App />);
