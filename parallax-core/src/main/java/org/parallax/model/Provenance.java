package org.parallax.model;

/**
 * Where an article came from and how its bytes were read.
 *
 * @param location the file, plus a record position inside it where the file holds many articles ("feed.xml#item3")
 * @param format the detected input format
 * @param charset the character set the text was decoded with
 * @param charsetSource how that charset was chosen: {@code bom}, {@code http-header}, {@code meta}, {@code declared},
 *     {@code utf-8-valid}, {@code utf-8-repaired-windows-1252} or {@code fallback-windows-1252}
 */
public record Provenance(String location, String format, String charset, String charsetSource) {

  public Provenance {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("The parameter 'location' must not be blank.");
    }
  }
}
