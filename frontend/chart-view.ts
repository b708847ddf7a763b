// The browser half of ChartView.java: one Chart.js chart drawn from a JSON description (type, labels, series).
// No function or markup comes from the server: only numbers, texts and #hex colours, set through Chart.js options.
import { LitElement, css, html } from 'lit';
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

type Series = { label: string; data: (number | null)[]; color: string; kind?: 'bar' | 'line'; dashed?: boolean };
type Spec = { type: 'BAR' | 'LINE' | 'FUNNEL'; title: string; labels: string[]; series: Series[]; percent?: boolean };

const COLOR = /^#[0-9a-fA-F]{3,8}$/;

class DsjsChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; width: 100%; min-height: 180px; }
    canvas { width: 100% !important; }
  `;

  private chart?: Chart;
  private spec?: Spec;

  render() {
    return html`<canvas role="img"></canvas>`;
  }

  firstUpdated() {
    if (this.spec) this.draw();
    // a panel that folds under the map on a phone changes width: Chart.js follows its container
  }

  /** Called by the server with the whole chart as JSON, once per change. */
  applyState(json: string) {
    this.spec = JSON.parse(json) as Spec;
    if (this.hasUpdated) this.draw();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated && this.spec && !this.chart) this.draw();
  }

  private draw() {
    const spec = this.spec!;
    const canvas = this.renderRoot.querySelector('canvas') as HTMLCanvasElement;
    canvas.setAttribute('aria-label', spec.title);
    this.chart?.destroy();
    const horizontal = spec.type === 'FUNNEL';
    const datasets = spec.series.map((s) => {
      const color = COLOR.test(s.color) ? s.color : '#1f77b4';
      const kind = s.kind === 'line' || spec.type === 'LINE' ? 'line' : 'bar';
      return {
        type: kind,
        label: s.label,
        data: s.data,
        backgroundColor: kind === 'line' ? color : color + 'cc',
        borderColor: color,
        borderWidth: kind === 'line' ? 2 : 0,
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: kind === 'line' ? 2 : 0,
        tension: 0.2,
        spanGaps: false,
      } as any;
    });
    const fmt = (v: number) => spec.percent ? `${Math.round(v * 1000) / 10} %` : new Intl.NumberFormat(document.documentElement.lang || 'id').format(v);
    this.chart = new Chart(canvas, {
      type: spec.type === 'LINE' ? 'line' : 'bar',
      data: { labels: spec.labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: spec.series.length > 1, position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.parsed[horizontal ? 'x' : 'y'] == null ? '–' : fmt(c.parsed[horizontal ? 'x' : 'y'] as number)}` } },
        },
        scales: horizontal
          ? { x: { beginAtZero: true, ticks: { font: { size: 11 }, callback: (v) => fmt(Number(v)) } }, y: { ticks: { font: { size: 11 } } } }
          : { x: { ticks: { font: { size: 11 }, maxRotation: 60, autoSkip: true } },
              y: { beginAtZero: true, ticks: { font: { size: 11 }, callback: (v) => fmt(Number(v)) } } },
      },
    });
  }
}

customElements.define('dsjs-chart', DsjsChart);
