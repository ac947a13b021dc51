import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'

// Served at /app/ by the all-in-one app, or from any static host under /app/ (infra-terraform/modules/static-site).
export default defineConfig({
  base: './',
  plugins: [vue(), Components({ resolvers: [VantResolver()], dts: false })],
  build: {
    target: 'es2019', // WeChat's built-in browser on older phones
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 200,
    manifest: true, // dist/.vite/manifest.json: what each page loads, measured by bench/web-size.sh
  },
  server: {
    proxy: { '^/(?!app/|@|src/|node_modules/).*': 'http://localhost:8080' },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts'],
  },
})
