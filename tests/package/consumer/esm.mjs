// The ES module consumer: `import` resolves through the "import" conditions of "exports".
import * as ui from "staking-ui";
import * as mdx from "staking-ui/mdx";
import * as emoji from "staking-ui/emoji";
import "staking-ui/emoji/register";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { fileURLToPath } from "node:url";
import report from "./report.cjs";

const resolve = (specifier) => fileURLToPath(import.meta.resolve(specifier));
process.stdout.write(JSON.stringify(report({ ui, mdx, emoji, h, renderToString, resolve })));
