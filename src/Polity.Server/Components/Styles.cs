namespace Polity.Server.Components;

/// <summary>The one stylesheet, inlined in every page: readable at 375 px, WCAG AA contrast, visible focus.</summary>
internal static class Styles
{
    /// <summary>The CSS.</summary>
    public const string Css = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1a1a1a;background:#fff}
a{color:#0b5394}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #b45309;outline-offset:2px}
header{background:#12355b;color:#fff;padding:.5rem 1rem}
header a{color:#fff}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.25rem 0;padding:0}
.who{font-size:.9rem}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25} h2{font-size:1.2rem;margin-top:1.75rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;display:block;overflow-x:auto}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d0d0d0;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.flash{padding:.5rem .75rem;border-radius:4px;margin:.5rem 0}
.ok{background:#e6f4ea;border:1px solid #1e6b1e}
.err{background:#fdecea;border:1px solid #9b1c1c}
form.card,section.card{border:1px solid #c7c7c7;border-radius:6px;padding:.75rem;margin:.75rem 0}
label{display:block;font-weight:600;margin:.5rem 0 .15rem}
label.inline{display:inline;font-weight:400}
input[type=text],input[type=password],input[type=number],textarea,select{width:100%;max-width:32rem;font:inherit;padding:.4rem;border:1px solid #6b6b6b;border-radius:4px}
input[type=number]{max-width:7rem}
button{font:inherit;padding:.45rem .9rem;border:0;border-radius:4px;background:#12355b;color:#fff;cursor:pointer;margin-top:.5rem}
button.secondary{background:#4a4a4a}
code,.mono{font-family:ui-monospace,monospace;word-break:break-all;font-size:.9rem}
.status{display:inline-block;padding:0 .4rem;border-radius:3px;background:#eef2f7;border:1px solid #8195ad}
.thread li{margin:.35rem 0}
.muted{color:#4a4a4a}
figure.picture{margin:.75rem 0}
.scroll{overflow-x:auto;max-width:100%}
.scroll svg{max-width:100%;height:auto}
figcaption{font-size:.9rem;color:#4a4a4a}
progress{width:100%;max-width:32rem;height:1rem}
dl dt{font-weight:600}
dl dd{margin:0 0 .4rem 0}
""";
}
