import { hydrateRoot } from "react-dom/client";
import { App } from "./app.jsx";

window.__benchErrors = [];
hydrateRoot(document.getElementById("root"), <App />, {
  // A hydration mismatch is recoverable in React 19 but means the server HTML was thrown away.
  onRecoverableError: (error) => window.__benchErrors.push(String(error?.message ?? error)),
});
