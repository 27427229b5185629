// <tt-echart>: an Apache ECharts chart whose option (JSON) arrives in the "option" attribute.
// ECharts itself is loaded separately (echarts.min.js from the org.mvnpm:echarts web jar); this
// element waits for it, so the two scripts may load in any order.
(function () {
  if (customElements.get('tt-echart')) return;
  class TtEchart extends HTMLElement {
    static get observedAttributes() { return ['option']; }
    connectedCallback() {
      if (!this.style.display) this.style.display = 'block';
      this._render();
    }
    disconnectedCallback() {
      if (this._resize) this._resize.disconnect();
      if (this._chart) this._chart.dispose();
      this._chart = null;
    }
    attributeChangedCallback() { this._render(); }
    _render() {
      if (!this.isConnected) return;
      if (!window.echarts) { setTimeout(() => this._render(), 100); return; }
      if (!this._chart) {
        this._chart = window.echarts.init(this);
        this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
        this._resize.observe(this);
      }
      const json = this.getAttribute('option');
      if (json) {
        this._chart.setOption(JSON.parse(json), true);
        this.setAttribute('data-rendered', 'true');
      }
    }
  }
  customElements.define('tt-echart', TtEchart);
})();
