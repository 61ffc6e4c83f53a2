import { onBeforeUnmount, onMounted, type Ref, ref } from 'vue'

/**
 * The width in CSS pixels of the element in `target`, kept up to date as its box resizes; `fallback`
 * until it is mounted (and when VitePress pre-renders the page). Plots draw at this width, so that
 * their text is the CSS size it says at every screen width.
 *
 * @example
 * ```ts
 * import { ref } from 'vue'
 * import { useElementWidth } from './useElementWidth'
 * const figure = ref<HTMLElement>()
 * const width = useElementWidth(figure, 640) // in a component's setup
 * ```
 */
export function useElementWidth(
  target: Ref<HTMLElement | undefined>,
  fallback: number,
): Ref<number> {
  const width = ref(fallback)
  let observer: ResizeObserver | undefined
  onMounted(() => {
    const element = target.value
    if (!element) return
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width)
      if (measured > 0) width.value = measured
    }
    measure()
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(measure)
      observer.observe(element)
    }
  })
  onBeforeUnmount(() => observer?.disconnect())
  return width
}
