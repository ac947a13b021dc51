import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { useErrorMessage } from './useErrorMessage'

/**
 * One staff call from a panel of the desk: busy while it runs, its success said in a message, a refusal shown in
 * plain words from its code; the panel then tells the desk to reload.
 */
export function useAction(onDone: () => void) {
  const message = useErrorMessage()
  const busy = ref(false)

  async function run(call: () => Promise<unknown>, success: string): Promise<boolean> {
    busy.value = true
    try {
      await call()
      ElMessage.success(success)
      onDone()
      return true
    } catch (e) {
      ElMessage.error(message(e))
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
