package com.tweetrade.sentiment.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic-regression movement model over standardised features: up when {@code bias + sum(weight
 * * (x - mean) / scale) >= cutOff}. Written and read as a small TSV resource.
 *
 * @param l2 the ridge penalty it was trained with (chosen on dev), recorded for provenance
 */
public record LinearModel(
    List<String> features,
    double[] mean,
    double[] scale,
    double[] weights,
    double bias,
    double l2,
    double cutOff) {

  /** The logit of up for raw features {@code x}. */
  public double score(double[] x) {
    double z = bias;
    for (int k = 0; k < weights.length; k++) {
      z += weights[k] * (x[k] - mean[k]) / scale[k];
    }
    return z;
  }

  public LinearModel withCutOff(double cutOff) {
    return new LinearModel(features, mean, scale, weights, bias, l2, cutOff);
  }

  /**
   * Header comments, then {@code name<TAB>value...} lines; doubles in Java's shortest exact form.
   */
  public String toTsv(String provenance) {
    StringBuilder out = new StringBuilder();
    provenance.lines().forEach(line -> out.append("# ").append(line).append('\n'));
    out.append("bias\t").append(bias).append('\n');
    out.append("l2\t").append(l2).append('\n');
    out.append("cut_off\t").append(cutOff).append('\n');
    out.append("# feature\tweight\tmean\tscale\n");
    for (int k = 0; k < features.size(); k++) {
      out.append(features.get(k))
          .append('\t')
          .append(weights[k])
          .append('\t')
          .append(mean[k])
          .append('\t')
          .append(scale[k])
          .append('\n');
    }
    return out.toString();
  }

  public static LinearModel parse(String tsv) {
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    double bias = Double.NaN;
    double l2 = Double.NaN;
    double cutOff = Double.NaN;
    for (String line : tsv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
      String[] f = line.split("\t");
      switch (f[0].toLowerCase(Locale.ROOT)) {
        case "bias" -> bias = Double.parseDouble(f[1]);
        case "l2" -> l2 = Double.parseDouble(f[1]);
        case "cut_off" -> cutOff = Double.parseDouble(f[1]);
        default -> {
          if (f.length != 4) {
            throw new IllegalArgumentException(
                "feature line needs name, weight, mean, scale: " + line);
          }
          names.add(f[0]);
          rows.add(
              new double[] {
                Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])
              });
        }
      }
    }
    if (Double.isNaN(bias) || Double.isNaN(l2) || Double.isNaN(cutOff) || names.isEmpty()) {
      throw new IllegalArgumentException("model needs bias, l2, cut_off and features");
    }
    return new LinearModel(
        List.copyOf(names), column(rows, 1), column(rows, 2), column(rows, 0), bias, l2, cutOff);
  }

  private static double[] column(List<double[]> rows, int c) {
    return rows.stream().mapToDouble(r -> r[c]).toArray();
  }
}
