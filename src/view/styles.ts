// The report's styles: pages on the left, records on the right; strong outlines that read on any page;
// text contrast at least 7:1; printing shows the pages with their outlines and no panel.
export const STYLES = `
:root { --ink: #111; --muted: #444; --line: #bbb; --table: #0050b3; --cell: rgba(0, 80, 179, .35);
  --head: #7a3e00; --hit: #c8102e; --ok: #1b5e20; --bad: #b00020; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: var(--ink); background: #e8e8e8;
  display: grid; grid-template-columns: minmax(0, 1fr) 420px; height: 100vh; }
#pages { overflow-y: auto; padding: 16px; }
.page { max-width: 900px; margin: 0 auto 24px; }
.plabel { font-size: 12px; color: var(--muted); margin: 0 0 4px; }
.sheet { position: relative; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.sheet canvas { display: block; width: 100%; height: 100%; }
.sheet .blk { padding: 4px 16px; white-space: pre-wrap; }
.sheet .blk.heading { margin: 0; padding-top: 12px; font-size: 16px; }
.sheet .blk table { border-collapse: collapse; }
.sheet .blk td { border: 1px solid var(--line); padding: 2px 6px; vertical-align: top; }
.sheet .blk[data-table] { outline: 2px solid var(--table); outline-offset: -2px; }
.over { position: absolute; inset: 0; pointer-events: none; }
.over > div { position: absolute; }
.tbl { outline: 2px solid var(--table); }
.cell { outline: 1px solid var(--cell); }
.hd { border-left: 4px solid var(--head); margin-left: -8px; }
.tbl.on, .cell.on { background: rgba(0, 80, 179, .12); outline-color: var(--hit); }
.hit { outline: 3px solid var(--hit); background: rgba(200, 16, 46, .12); animation: flash 1s 2; }
.blk.on { background: #fde7ea; outline: 3px solid var(--hit); }
@keyframes flash { 50% { background: rgba(200, 16, 46, .35); } }
aside { display: flex; flex-direction: column; min-height: 0; height: 100vh; background: #fff; border-left: 1px solid var(--line); }
aside header { flex: none; padding: 12px; border-bottom: 1px solid var(--line); }
#list { flex: 1; overflow-y: auto; }
aside h1 { font-size: 18px; margin: 0; word-break: break-all; }
.meta { margin: 4px 0 8px; color: var(--muted); }
#filter { width: 100%; padding: 6px 8px; font: inherit; border: 1px solid #767676; border-radius: 4px; }
#list details { border-bottom: 1px solid #eee; }
#list summary { padding: 6px 12px; font-weight: 600; cursor: pointer; }
#list ol { list-style: none; margin: 0; padding: 0 0 6px; }
.rec { display: flex; gap: 8px; width: 100%; text-align: left; font: inherit; color: var(--ink); background: none;
  border: 0; padding: 3px 12px; cursor: pointer; }
.rec:hover, .rec:focus { background: #e6f0ff; outline: 2px solid var(--table); outline-offset: -2px; }
.rec .pg { flex: none; width: 40px; color: var(--muted); font-variant-numeric: tabular-nums; }
.rec.mismatch .tx, .rec.warn .tx { color: var(--bad); }
#detail { flex: none; max-height: 50vh; overflow: auto; padding: 12px; border-bottom: 2px solid var(--table); background: #f7faff; }
#detail h2 { font-size: 15px; margin: 0 0 6px; }
.grid { border-collapse: collapse; font-size: 12px; margin-top: 8px; }
.grid th, .grid td { border: 1px solid var(--line); padding: 2px 5px; vertical-align: top; }
.grid td.bad { background: #fde7ea; color: var(--bad); font-weight: 600; }
.checks { padding-left: 18px; font-size: 12px; }
.checks .mismatch { color: var(--bad); font-weight: 600; }
.checks .ok { color: var(--ok); }
.copy { font: inherit; padding: 3px 10px; }
@media print {
  body { display: block; height: auto; background: #fff; }
  aside { display: none; }
  #pages { overflow: visible; padding: 0; }
  .page { break-after: page; box-shadow: none; }
}
`;
