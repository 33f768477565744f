import { loadCorpus, checkCorpusWorkbook } from './corpus/load';
test('dbg', async () => {
  for (const wb of loadCorpus().filter((w) => w.file.startsWith(process.env.WB ?? 'x'))) {
    const r = await checkCorpusWorkbook(wb);
    console.log(r.findings.map((f) => `${f.ruleId}@${f.address} ${f.message}`).join('\n'));
    console.log(JSON.stringify(r.readings.map((t) => ({ range: t.range, totals: t.totalsRows, sub: t.subtotalRows, skipped: t.skippedRows })), null, 0));
  }
});
