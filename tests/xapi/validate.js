// Validates xAPI statements (JSON lines) with Learning Locker's validator,
// as published on npm (@learninglocker/xapi-validation).
//   node validate.js statements.jsonl
// Prints each invalid statement's problems; exit status 1 when any.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.js statements.jsonl');
  process.exit(2);
}
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
let bad = 0;
lines.forEach((line, i) => {
  let statement;
  try {
    statement = JSON.parse(line);
  } catch (e) {
    console.log(`line ${i + 1}: not JSON: ${e.message}`);
    bad++;
    return;
  }
  const warnings = validate(statement);
  if (warnings.length > 0) {
    bad++;
    for (const w of warnings) {
      const where = w.path ? w.path.join('.') : '';
      const what = w.typeName ? `expected ${w.typeName}` : w.constructor.name;
      console.log(`line ${i + 1}: ${where}: ${what} (got ${JSON.stringify(w.data)})`);
    }
  }
});
if (bad > 0) {
  console.log(`${bad} of ${lines.length} statements are invalid`);
  process.exit(1);
}
console.log(`ok: ${lines.length} statements valid`);
