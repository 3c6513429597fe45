package org.parallax.extract.quote;

import java.io.*;
import java.nio.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import org.parallax.eval.*;

/** Throwaway: MiniLM token vectors of every tagger token, float32 little-endian, in the order of Export. */
public class VecExport {
  public static void main(String[] a) throws Exception {
    List<BratDocument> docs = BratDocument.readDirectory(Paths.get(a[0]));
    int n = docs.size();
    float[][][] vecs = new float[n][][];
    ExecutorService pool = Executors.newFixedThreadPool(2);
    ThreadLocal<TokVec> tv = ThreadLocal.withInitial(TokVec::new);
    List<Future<?>> fs = new ArrayList<>();
    for (int d = 0; d < n; d++) { int dd = d; fs.add(pool.submit(() -> {
      TagInput in = TagInput.of(docs.get(dd).text());
      List<String> words = new ArrayList<>();
      for (int i = 0; i < in.size; i++) words.add(in.text.substring(in.start[i], in.end[i]));
      vecs[dd] = tv.get().of(words);
    })); }
    for (Future<?> f : fs) f.get();
    pool.shutdown();
    try (FileChannel ch = FileChannel.open(Paths.get(a[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      for (float[][] doc : vecs) {
        ByteBuffer b = ByteBuffer.allocate(doc.length * 384 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : doc) for (float x : v) b.putFloat(x);
        b.flip(); while (b.hasRemaining()) ch.write(b);
      }
    }
    System.err.println("done " + n);
  }
}
