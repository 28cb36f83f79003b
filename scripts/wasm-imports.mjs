// What a built wasm imports from outside its JS glue. The apps' only such imports would be
// the never-defined guards of src/data/types.rs (`crossroads_build_carries_no_…`): a view's
// app that reads prose its build left out imports one, and would fail to start in the
// browser. scripts/postbuild.mjs fails the build on any of them, naming the view.
import fs from 'node:fs';

/** The names a wasm file imports from the module `env` (none for a sound build). */
export async function envImports(file) {
  const module = await WebAssembly.compile(fs.readFileSync(file));
  return WebAssembly.Module.imports(module).filter((i) => i.module === 'env').map((i) => i.name);
}
