import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import DensityComparison from './components/DensityComparison.vue'
import FanTable from './components/FanTable.vue'
import GainTable from './components/GainTable.vue'
import PlanView from './components/PlanView.vue'
import Playground from './components/Playground.vue'
import PortingTables from './components/PortingTables.vue'
import RecurrentNorms from './components/RecurrentNorms.vue'
import ResidualStream from './components/ResidualStream.vue'
import RunExample from './components/RunExample.vue'
import SchemeOptions from './components/SchemeOptions.vue'
import SignalExplorer from './components/SignalExplorer.vue'
import SymmetryDemo from './components/SymmetryDemo.vue'
import TrainingExplorer from './components/TrainingExplorer.vue'
import 'katex/dist/katex.min.css'
import './style.css'

/** The default VitePress theme plus the components the pages use, registered globally. */
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('DensityComparison', DensityComparison)
    app.component('FanTable', FanTable)
    app.component('GainTable', GainTable)
    app.component('Playground', Playground)
    app.component('PlanView', PlanView)
    app.component('PortingTables', PortingTables)
    app.component('RecurrentNorms', RecurrentNorms)
    app.component('ResidualStream', ResidualStream)
    app.component('RunExample', RunExample)
    app.component('SchemeOptions', SchemeOptions)
    app.component('SignalExplorer', SignalExplorer)
    app.component('SymmetryDemo', SymmetryDemo)
    app.component('TrainingExplorer', TrainingExplorer)
  },
}

export default theme
