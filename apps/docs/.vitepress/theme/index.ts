import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import FanTable from './components/FanTable.vue'
import GainTable from './components/GainTable.vue'
import PlanView from './components/PlanView.vue'
import Playground from './components/Playground.vue'
import PortingTables from './components/PortingTables.vue'
import RecurrentNorms from './components/RecurrentNorms.vue'
import RunExample from './components/RunExample.vue'
import SignalExplorer from './components/SignalExplorer.vue'
import './style.css'

/** The default VitePress theme plus the components the pages use, registered globally. */
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('FanTable', FanTable)
    app.component('GainTable', GainTable)
    app.component('Playground', Playground)
    app.component('PlanView', PlanView)
    app.component('PortingTables', PortingTables)
    app.component('RecurrentNorms', RecurrentNorms)
    app.component('RunExample', RunExample)
    app.component('SignalExplorer', SignalExplorer)
  },
}

export default theme
