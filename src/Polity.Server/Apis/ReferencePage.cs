namespace Polity.Server.Apis;

/// <summary>A self-contained, browsable API reference: renders <c>/openapi/v1.json</c> in the page, no outside scripts.</summary>
internal static class ReferencePage
{
    /// <summary>The page.</summary>
    public const string Html = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Polity API reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem} h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
.op{border:1px solid #ccc;border-radius:6px;margin:.5rem 0;padding:.5rem .75rem}
.m{display:inline-block;min-width:4.5rem;font-weight:700;font-family:monospace}
.get{color:#0b5394}.post{color:#1e6b1e}.delete{color:#9b1c1c}
code{font-family:monospace;word-break:break-all} details pre{overflow:auto;background:#f4f4f4;padding:.5rem}
a{color:#0b5394}
</style>
</head>
<body>
<h1>Polity API reference</h1>
<p>The machine-readable document is <a href="/openapi/v1.json">/openapi/v1.json</a>. Errors are RFC 9457 problem details with a <code>code</code>.
Writes: a custodial session's POST is signed by the server; a wallet POSTs the same body to the route's <code>/typed-data</code>,
signs the typed data (EIP-712) and POSTs <code>{type, payload, author, time, signature}</code> to <code>/api/events</code>.</p>
<main id="ops"><p>Loading…</p></main>
<script>
fetch('/openapi/v1.json').then(r => r.json()).then(doc => {
  const byTag = {};
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== 'object' || !op.responses) continue;
      const tag = (op.tags && op.tags[0]) || 'Other';
      (byTag[tag] ||= []).push({ path, method, op });
    }
  }
  const main = document.getElementById('ops');
  main.textContent = '';
  for (const [tag, ops] of Object.entries(byTag)) {
    const h = document.createElement('h2'); h.textContent = tag; main.appendChild(h);
    for (const { path, method, op } of ops) {
      const div = document.createElement('div'); div.className = 'op';
      const m = document.createElement('span'); m.className = 'm ' + method; m.textContent = method.toUpperCase();
      const c = document.createElement('code'); c.textContent = path;
      const p = document.createElement('p'); p.textContent = op.summary || '';
      const d = document.createElement('details'); const s = document.createElement('summary'); s.textContent = 'Parameters and responses';
      const pre = document.createElement('pre'); pre.textContent = JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses }, null, 2);
      d.append(s, pre); div.append(m, c, p, d); main.appendChild(div);
    }
  }
}).catch(e => { document.getElementById('ops').textContent = 'Could not load the OpenAPI document: ' + e; });
</script>
</body>
</html>
""";
}
