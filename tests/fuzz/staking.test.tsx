import "../../src/emoji/register";
import { fuzzComponents } from "./fuzz-components";
import { STAKING_SPECS } from "./specs";

fuzzComponents(STAKING_SPECS);
