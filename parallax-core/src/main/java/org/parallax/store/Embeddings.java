package org.parallax.store;

/**
 * Unit embeddings kept as one signed byte per dimension (value × 127): a quarter of the space of floats, and a
 * cosine error below 0.01, far under the differences clustering decides on.
 */
final class Embeddings {

  private Embeddings() {}

  static byte[] quantize(float[] unit) {
    byte[] out = new byte[unit.length];
    for (int i = 0; i < unit.length; i++) {
      out[i] = (byte) Math.max(-127, Math.min(127, Math.round(unit[i] * 127f)));
    }
    return out;
  }

  static float[] dequantize(byte[] bytes, int offset, int length) {
    float[] v = new float[length];
    double norm = 0;
    for (int i = 0; i < length; i++) {
      v[i] = bytes[offset + i] / 127f;
      norm += v[i] * v[i];
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < length; i++) {
        v[i] *= scale;
      }
    }
    return v;
  }
}
