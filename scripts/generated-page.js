/**
 * For the scripts that generate a page from the project's own data (rules-catalogue.js,
 * errors-catalogue.js): write it, or with --check exit 1 when the page on disk is not what they
 * would write, so CI catches a page left behind its data.
 */
const fs = require('fs');
const path = require('path');

function writeOrCheck(target, text, script) {
  const shown = path.relative(path.resolve(__dirname, '..'), target);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error(`${shown} is out of date: run node scripts/${script}`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(target, text);
    console.log(`Wrote ${shown}`);
  }
}

module.exports = { writeOrCheck };
