// The text table printed on stdout and the self-contained HTML report.

import type { BenchSummary, Comparison, Describe, ResultsFile } from "./summary.js";
import { geometricMeans } from "./summary.js";

export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return "-";
  if (seconds >= 1) return `${seconds.toFixed(2)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} us`;
}

function formatKb(kb: number): string {
  return `${(kb / 1024).toFixed(1)} MB`;
}

function formatComparison(c: Comparison | undefined, what: "time" | "memory"): string {
  if (!c) return "";
  const ratio = c.ratio.toFixed(2);
  if (!c.significant) return `${ratio}  insignificant (p=${c.p.toFixed(2)})`;
  const factor = c.ratio < 1 ? 1 / c.ratio : c.ratio;
  const word = what === "time" ? (c.ratio < 1 ? "faster" : "slower") : c.ratio < 1 ? "smaller" : "larger";
  const p = c.p < 0.001 ? "p<0.001" : `p=${c.p.toFixed(3)}`;
  return `${ratio}  ${factor.toFixed(2)}x ${word} (${p})`;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function renderTable(results: ResultsFile, summaries: BenchSummary[]): string {
  const base = results.implementations[0]?.name ?? "";
  const memory = results.settings.trackMemory;
  const implWidth = Math.max(6, ...results.implementations.map((i) => i.name.length));
  const nameWidth = Math.max(9, ...summaries.map((s) => s.name.length));
  const head = [
    pad("benchmark", nameWidth),
    pad("impl", implWidth),
    pad("cold", 9, true),
    pad("mean", 9, true),
    pad("std", 9, true),
    pad("median", 9, true),
    pad("min", 9, true),
    pad("warm-up", 9, true),
    "  " + `time vs ${base}`,
  ];
  const lines: string[] = [head.join(" ")];
  const memLines: string[] = [];
  for (const b of summaries) {
    b.impls.forEach((s, i) => {
      const first = pad(i === 0 ? b.name : "", nameWidth) + " " + pad(s.impl, implWidth);
      if (!s.ok) {
        if (s.skipped)
          lines.push(`${first} SKIPPED: ${(s.error ?? "").replace(/^skipped: /, "").slice(0, 160)}`);
        else lines.push(`${first} FAILED: ${(s.error ?? "").slice(0, 160)}`);
        return;
      }
      const st = s.steady!;
      const warm = `${s.warmup === undefined ? "-" : s.warmup} ${s.reached}/${s.processes}`;
      const row = [
        first,
        pad(formatTime(s.cold!.mean), 9, true),
        pad(formatTime(st.mean), 9, true),
        pad(formatTime(st.stdev), 9, true),
        pad(formatTime(st.median), 9, true),
        pad(formatTime(st.min), 9, true),
        pad(warm, 9, true),
        "  " + (i === 0 ? "1.00  (baseline)" : formatComparison(s.vsBase, "time")),
      ];
      lines.push(row.join(" "));
      if (memory && s.rss) {
        const r: Describe = s.rss;
        memLines.push(
          [
            pad(i === 0 ? b.name : "", nameWidth),
            pad(s.impl, implWidth),
            pad(formatKb(r.mean), 10, true),
            pad(formatKb(r.stdev), 10, true),
            pad(formatKb(r.median), 10, true),
            pad(formatKb(r.min), 10, true),
            "  " + (i === 0 ? "1.00  (baseline)" : formatComparison(s.rssVsBase, "memory")),
          ].join(" "),
        );
      }
    });
  }
  lines.push("");
  for (const [name, g] of geometricMeans(summaries)) {
    const total = summaries.length;
    lines.push(
      `geometric mean of time ratios, ${name} / ${base}: ${Number.isFinite(g.gmean) ? g.gmean.toFixed(3) : "-"}` +
        ` over ${g.count} of ${total} benchmarks` +
        (Number.isFinite(g.gmean) && g.gmean > 0
          ? ` (${g.gmean < 1 ? (1 / g.gmean).toFixed(2) + "x faster" : g.gmean.toFixed(2) + "x slower"})`
          : ""),
    );
  }
  if (memory && memLines.length) {
    lines.push("");
    lines.push(
      [
        pad("benchmark", nameWidth),
        pad("impl", implWidth),
        pad("peak RSS", 10, true),
        pad("std", 10, true),
        pad("median", 10, true),
        pad("min", 10, true),
        `  memory vs ${base}`,
      ].join(" "),
    );
    lines.push(...memLines);
    lines.push("");
    for (const [name, g] of geometricMeans(summaries, "rssVsBase")) {
      lines.push(
        `geometric mean of peak-RSS ratios, ${name} / ${base}: ${Number.isFinite(g.gmean) ? g.gmean.toFixed(3) : "-"} over ${g.count} benchmarks`,
      );
    }
  }
  const failures = summaries.reduce((n, b) => n + b.impls.filter((s) => !s.ok && !s.skipped).length, 0);
  const skips = summaries.reduce((n, b) => n + b.impls.filter((s) => s.skipped).length, 0);
  lines.push("");
  lines.push(
    `${summaries.length} benchmarks x ${results.implementations.length} implementations, ${failures} failed${skips ? `, ${skips} skipped` : ""}; ` +
      `${results.settings.processes} processes x ${results.settings.iterations} iterations; run took ${formatTime(results.elapsedSec)}`,
  );
  lines.push(
    "times: cold = first iteration; mean/std/median/min over steady-state iterations; warm-up = first steady iteration (median) and processes that reached a steady state",
  );
  return lines.join("\n");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

function ratioChart(summaries: BenchSummary[], implNames: string[]): string {
  const others = implNames.slice(1);
  if (others.length === 0) return "<p>(one implementation: no ratios)</p>";
  const rowH = 14 * others.length + 6;
  const left = 170;
  const width = 760;
  const height = summaries.length * rowH + 40;
  // Log scale from 1/32 to 32, centred on 1.
  const span = Math.log(32);
  const x = (ratio: number) =>
    left + ((Math.log(Math.min(32, Math.max(1 / 32, ratio))) + span) / (2 * span)) * (width - left - 10);
  const parts: string[] = [
    `<svg width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
  ];
  for (const tick of [1 / 32, 1 / 8, 1 / 2, 1, 2, 8, 32]) {
    const tx = x(tick);
    parts.push(
      `<line x1="${tx}" y1="20" x2="${tx}" y2="${height - 10}" stroke="${tick === 1 ? "#000" : "#ddd"}"/>`,
    );
    parts.push(`<text x="${tx}" y="14" text-anchor="middle">${tick < 1 ? "1/" + 1 / tick : tick}</text>`);
  }
  summaries.forEach((b, row) => {
    const y0 = 22 + row * rowH;
    parts.push(
      `<text x="${left - 6}" y="${y0 + rowH / 2 + 3}" text-anchor="end">${escapeHtml(b.name)}</text>`,
    );
    others.forEach((name, k) => {
      const s = b.impls.find((i) => i.impl === name);
      const y = y0 + k * 14;
      const color = COLORS[(k + 1) % COLORS.length];
      if (!s?.vsBase) {
        parts.push(
          `<text x="${x(1) + 4}" y="${y + 10}" fill="#999">${s?.skipped ? "skipped" : s?.ok === false ? "failed" : "-"}</text>`,
        );
        return;
      }
      const a = x(1);
      const bx = x(s.vsBase.ratio);
      const opacity = s.vsBase.significant ? 1 : 0.35;
      parts.push(
        `<rect x="${Math.min(a, bx)}" y="${y}" width="${Math.max(1, Math.abs(bx - a))}" height="12" fill="${color}" fill-opacity="${opacity}">` +
          `<title>${escapeHtml(name)}: ${s.vsBase.ratio.toFixed(3)} (p=${s.vsBase.p.toFixed(3)})</title></rect>`,
      );
    });
  });
  parts.push("</svg>");
  return parts.join("");
}

function timeline(results: ResultsFile, bench: ResultsFile["benchmarks"][number]): string {
  const width = 520;
  const height = 160;
  const series: { name: string; color: string; times: number[] }[] = [];
  results.implementations.forEach((impl, k) => {
    for (const r of bench.runs[impl.name] ?? [])
      if (r.ok) series.push({ name: impl.name, color: COLORS[k % COLORS.length]!, times: r.times });
  });
  if (series.length === 0) return "<p>no successful runs</p>";
  const startup = bench.kind === "startup";
  const points = startup
    ? results.implementations.map((impl, k) => ({
        name: impl.name,
        color: COLORS[k % COLORS.length]!,
        times: (bench.runs[impl.name] ?? []).filter((r) => r.ok).map((r) => r.times[0]!),
      }))
    : series;
  const maxLen = Math.max(...points.map((s) => s.times.length));
  const maxT = Math.max(...points.flatMap((s) => s.times));
  const x = (i: number) => 40 + (maxLen <= 1 ? 0 : (i / (maxLen - 1)) * (width - 50));
  const y = (t: number) => height - 20 - (t / maxT) * (height - 30);
  const parts = [`<svg width="${width}" height="${height}" font-family="sans-serif" font-size="10">`];
  parts.push(`<line x1="40" y1="${height - 20}" x2="${width - 10}" y2="${height - 20}" stroke="#888"/>`);
  parts.push(`<text x="2" y="${y(maxT) + 4}">${escapeHtml(formatTime(maxT))}</text>`);
  parts.push(
    `<text x="${width / 2}" y="${height - 5}" text-anchor="middle">${startup ? "process" : "iteration"}</text>`,
  );
  for (const s of points) {
    const pts = s.times.map((t, i) => `${x(i).toFixed(1)},${y(t).toFixed(1)}`).join(" ");
    parts.push(
      `<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-opacity="0.7"><title>${escapeHtml(s.name)}</title></polyline>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

export function renderHtml(results: ResultsFile, summaries: BenchSummary[], table: string): string {
  const names = results.implementations.map((i) => i.name);
  const legend = names
    .map((n, k) => `<span style="color:${COLORS[k % COLORS.length]}">&#9632; ${escapeHtml(n)}</span>`)
    .join(" &nbsp; ");
  const sections = results.benchmarks
    .map(
      (b) =>
        `<div class="bench"><h3>${escapeHtml(b.name)} <small>(${escapeHtml(b.group)})</small></h3>${timeline(results, b)}</div>`,
    )
    .join("\n");
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Swallow benchmarks ${escapeHtml(results.date)}</title>
<style>body{font-family:sans-serif;margin:20px} pre{font-size:12px;background:#f6f6f6;padding:8px;overflow-x:auto}
.bench{display:inline-block;margin:6px;vertical-align:top} h3{margin:4px 0;font-size:13px}</style></head><body>
<h1>Benchmarks, ${escapeHtml(results.date)}</h1>
<p>${legend}</p>
<h2>Time ratio to ${escapeHtml(names[0] ?? "")} (log scale; left of the black line is faster; faded bars are insignificant)</h2>
${ratioChart(summaries, names)}
<h2>Table</h2>
<pre>${escapeHtml(table)}</pre>
<h2>Iteration times per process (warm-up shows as a falling start)</h2>
${sections}
</body></html>
`;
}
