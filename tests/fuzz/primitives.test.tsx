import "../../src/emoji/register";
import { fuzzComponents } from "./fuzz-components";
import { PRIMITIVE_SPECS } from "./specs";

fuzzComponents(PRIMITIVE_SPECS);
