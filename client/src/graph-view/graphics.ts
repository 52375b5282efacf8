// Whether the browser draws WebGL on a graphics processor. Cytoscape's WebGL renderer only pays off there: drawn in
// software (no GPU, or one the browser will not use) it is slower than the 2D canvas (`npm run bench:ui` measures both).

/** Renderers that draw WebGL on the processor: Chromium's SwiftShader, Mesa's llvmpipe and softpipe, Windows' fallback. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let hardware: boolean | undefined;

/** Whether a renderer's name (as WEBGL_debug_renderer_info gives it; null when the browser hides it) is a processor's. */
export function isSoftwareRenderer(name: string | null): boolean {
  return name !== null && SOFTWARE_RENDERER.test(name);
}

/**
 * True when a WebGL 2 context can be had without a "major performance caveat" (the browser's own word for software
 * rendering or a blocklisted driver) and its renderer is not a known software one: Chromium hands out SwiftShader
 * without the caveat when the machine has no GPU. Asked once per page; the probe's context is let go at once.
 */
export function hasHardwareWebgl(): boolean {
  if (hardware !== undefined) return hardware;
  try {
    const gl = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (gl === null) {
      hardware = false;
    } else {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
      hardware = !isSoftwareRenderer(name);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    hardware = false;
  }
  return hardware;
}
