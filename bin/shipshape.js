#!/usr/bin/env node
// The `shipshape` command. Needs Node >= 22.18 (it runs the TypeScript sources directly);
// `npx shipshape …` inside the project uses the Node 24 that the `node` devDependency installs.
import '../src/cli/main.ts';
