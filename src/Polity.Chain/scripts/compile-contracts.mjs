// Compiles contracts/*.sol with the pinned npm solc through standard-JSON and writes one artifact per
// contract (abi + bytecode + deployedBytecode) to compiled/<Name>.json. Output is deterministic, so the
// committed artifacts can be checked against a fresh compile: `node scripts/compile-contracts.mjs --check`
// exits 1 when they differ. The .NET build embeds the committed artifacts and never needs node.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contractsDir = path.join(root, 'contracts');
const outDir = path.join(root, 'compiled');
const check = process.argv.includes('--check');

// Pinned: any change here changes the bytecode, and the committed artifacts with it.
const settings = {
  evmVersion: 'cancun',
  optimizer: { enabled: true, runs: 200 },
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

const sources = {};
for (const file of fs.readdirSync(contractsDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(contractsDir, file), 'utf8') };
}
const input = { language: 'Solidity', sources, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: (p) => {
  const file = path.join(contractsDir, path.basename(p));
  return fs.existsSync(file) ? { contents: fs.readFileSync(file, 'utf8') } : { error: `not found: ${p}` };
} }));
const problems = (output.errors ?? []).filter((e) => e.severity === 'error' || e.type === 'Warning');
if (problems.length > 0) {
  for (const e of problems) console.error(e.formattedMessage);
  process.exit(2);
}

let differs = 0;
if (!check) fs.mkdirSync(outDir, { recursive: true });
for (const file of Object.keys(output.contracts).sort()) {
  for (const [name, c] of Object.entries(output.contracts[file])) {
    if (!c.evm.bytecode.object || c.abi.length === 0) continue; // interfaces, and libraries inlined into their users
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: `solc ${solc.version()}`,
      settings: { evmVersion: settings.evmVersion, optimizer: settings.optimizer },
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    const text = JSON.stringify(artifact, null, 2) + '\n';
    const target = path.join(outDir, `${name}.json`);
    if (check) {
      const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
      if (existing !== text) {
        console.error(`differs: compiled/${name}.json`);
        differs++;
      }
    } else {
      fs.writeFileSync(target, text);
      console.log(`compiled/${name}.json  ${(c.evm.deployedBytecode.object.length / 2)} bytes`);
    }
  }
}
process.exit(differs > 0 ? 1 : 0);
