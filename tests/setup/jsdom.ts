import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { resetDevWarnings } from "../../src/lib/dev-warning";

beforeEach(() => resetDevWarnings());
afterEach(() => cleanup());
