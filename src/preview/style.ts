/**
 * The preview's own styles: the bar, the index, the two columns and the problems. The documents keep
 * their own stylesheet (`policygen.css`, scoped to `.policygen`), embedded before this one.
 */
export const previewStylesheet = `
:root { color-scheme: light; --pg-ink: #1d2430; --pg-muted: #5b6472; --pg-line: #d9dee6; --pg-back: #eef1f5; --pg-bar: #14263d; --pg-accent: #0b5cad; --pg-error: #b42318; --pg-warning: #93610b; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--pg-back); color: var(--pg-ink); font: 15px/1.5 "PT Sans", "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
a { color: var(--pg-accent); text-underline-offset: .15em; }
code { font: .9em/1.4 "PT Mono", ui-monospace, Menlo, Consolas, monospace; }
.pg-bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; padding: .55rem 1.5rem; background: var(--pg-bar); color: #fff; }
.pg-bar a { color: #fff; }
.pg-brand { font-weight: 700; text-decoration: none; white-space: nowrap; }
.pg-crumb { display: flex; align-items: center; gap: .5rem; min-width: 0; opacity: .92; }
.pg-crumb::before { content: "/"; opacity: .5; }
.pg-docs { display: flex; flex-wrap: wrap; gap: .35rem; }
.pg-docs a { padding: .15rem .75rem; border-radius: 999px; text-decoration: none; background: rgba(255, 255, 255, .1); font-size: .92rem; }
.pg-docs a:hover { background: rgba(255, 255, 255, .2); }
.pg-docs a[aria-current="page"] { background: #fff; color: var(--pg-bar); font-weight: 700; }
.pg-live { margin-left: auto; display: flex; align-items: center; gap: .45rem; font-size: .82rem; opacity: .85; }
.pg-live::before { content: ""; width: .55rem; height: .55rem; border-radius: 50%; background: #3ecf8e; box-shadow: 0 0 0 3px rgba(62, 207, 142, .25); }
.pg-live-off { display: none; }
.pg-offline .pg-live::before { background: #e5484d; box-shadow: 0 0 0 3px rgba(229, 72, 77, .25); }
.pg-offline .pg-live-on { display: none; }
.pg-offline .pg-live-off { display: inline; }
.pg-wrap { max-width: 94rem; margin: 0 auto; padding: 0 1.5rem 1rem; }
.pg-narrow { max-width: 60rem; }
.pg-foot { max-width: 94rem; margin: 0 auto; padding: .5rem 1.5rem 2rem; color: var(--pg-muted); font-size: .82rem; text-align: center; }
.pg-columns-head, .pg-pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 1.75rem; }
.pg-columns-head { position: sticky; top: 0; z-index: 2; padding: .6rem 0 .45rem; background: var(--pg-back); color: var(--pg-muted); font-size: .78rem; font-weight: 700; letter-spacing: .07em; text-transform: uppercase; }
.pg-columns-head > div { padding: 0 2rem; }
.pg-column { display: grid; grid-template-rows: subgrid; grid-row: 1 / -1; min-width: 0; background: #fff; border-radius: 10px; box-shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 4px rgba(16, 24, 40, .08); }
.pg-cell { min-width: 0; padding: 0 2rem; border-top: 1px solid #eceff3; scroll-margin-top: 2.5rem; }
.pg-column h2, .pg-column h3 { scroll-margin-top: 2.5rem; }
.pg-cell:first-child { border-top: 0; padding-top: .25rem; }
.pg-cell:last-child { padding-bottom: 1.5rem; }
.pg-cell:empty { background: repeating-linear-gradient(-45deg, #fafbfc, #fafbfc 8px, #f3f5f8 8px, #f3f5f8 16px); }
.pg-cell > h2:first-child { margin-top: 1.6rem; }
.pg-column-label { display: none; margin: .75rem 0 0; color: var(--pg-muted); font-size: .78rem; font-weight: 700; letter-spacing: .07em; text-transform: uppercase; }
.pg-notice { margin: 1rem 0; padding: .65rem 1rem; border-radius: 8px; background: #fff8e6; border: 1px solid #f2d48b; color: #5c4305; }
.pg-notice summary { cursor: pointer; font-weight: 700; }
.pg-notice .pg-problems-list { margin-top: .75rem; }
.pg-index h1, .pg-problems h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.75rem 0 .35rem; }
.pg-lead { margin: 0 0 1.25rem; color: var(--pg-muted); }
.pg-orgs { list-style: none; padding: 0; margin: 0; display: grid; gap: .85rem; }
.pg-org { background: #fff; border-radius: 10px; padding: 1rem 1.25rem; box-shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 4px rgba(16, 24, 40, .08); }
.pg-org-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .35rem .75rem; }
.pg-org h2 { margin: 0; font-size: 1.15rem; }
.pg-org-id { color: var(--pg-muted); }
.pg-badge { font-size: .78rem; font-weight: 700; padding: .05rem .55rem; border-radius: 999px; background: #e3f6ec; color: #146c43; }
.pg-badge-error { background: #fde8e7; color: var(--pg-error); }
.pg-badge-warning { background: #fff3d6; color: var(--pg-warning); }
.pg-org-docs { list-style: none; margin: .6rem 0 0; padding: 0; display: grid; gap: .3rem; }
.pg-org-docs li { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr) auto; gap: .2rem 1rem; align-items: baseline; padding: .15rem 0; }
.pg-org-docs a { font-weight: 700; }
.pg-meta { color: var(--pg-muted); font-size: .9rem; }
.pg-problems { margin: 1.5rem 0; padding: 1.25rem 1.5rem; background: #fff; border-radius: 10px; border-left: 5px solid var(--pg-error); box-shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 4px rgba(16, 24, 40, .08); }
.pg-problems h1 { margin-top: .25rem; color: var(--pg-error); }
.pg-problems-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .9rem; }
.pg-problem { padding: .75rem 0 0; border-top: 1px solid #eceff3; }
.pg-problem:first-child { border-top: 0; padding-top: 0; }
.pg-problem-where { display: flex; flex-wrap: wrap; gap: .3rem .7rem; align-items: baseline; }
.pg-where { font-weight: 700; overflow-wrap: anywhere; }
.pg-severity { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: var(--pg-error); }
.pg-problem-warning .pg-severity { color: var(--pg-warning); }
.pg-problem-waived .pg-severity { color: var(--pg-muted); }
.pg-rule { color: var(--pg-muted); font-size: .85rem; }
.pg-message { margin: .3rem 0 0; font-size: 1.02rem; }
.pg-message code, .pg-fact code { background: #f1f3f6; padding: .05em .3em; border-radius: 3px; overflow-wrap: anywhere; }
.pg-fact { margin: .25rem 0 0; color: var(--pg-muted); font-size: .9rem; }
.pg-excerpt { margin: .5rem 0 0; padding: .6rem .85rem; background: #f6f8fa; border-radius: 6px; overflow-x: auto; font-size: .88rem; line-height: 1.45; }
.pg-excerpt .pg-hit { background: #fde8e7; display: inline-block; min-width: 100%; }
.pg-excerpt .pg-caret { color: var(--pg-error); font-weight: 700; }
@media (max-width: 799.98px) {
  .pg-bar { padding: .55rem 1rem; }
  .pg-live { margin-left: 0; }
  .pg-wrap, .pg-foot { padding-left: .75rem; padding-right: .75rem; }
  .pg-columns-head { display: none; }
  .pg-pair { display: block; }
  .pg-column { display: block; margin: 1rem 0; }
  .pg-cell { padding: 0 1rem; }
  .pg-column-label { display: block; }
  .pg-org-docs li { display: block; }
  .pg-org-docs li > * { display: block; }
  .pg-problems { padding: 1rem; }
}
`
