import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Served at /console/ by the all-in-one app, or from any static host (infra-terraform/modules/static-site).
export default defineConfig({
  base: './',
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })],
  build: { target: 'es2020', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200, manifest: true },
  server: { proxy: { '^/(?!console/|@|src/|node_modules/).*': 'http://localhost:8080' } },
})
