import { measureStartup } from "./extras.ts";
console.log(JSON.stringify(await measureStartup(2)));
