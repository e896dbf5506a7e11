package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

  private static final String SAMPLE = "Le Drian said: “France is available” — café, naïve, 2013 €";

  private static CharsetDetector.Decoded text(byte[] b) {
    return CharsetDetector.decodeText(b, b.length);
  }

  private static CharsetDetector.Decoded html(byte[] b) {
    return CharsetDetector.decodeHtml(b, b.length, null);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void plainUtf8IsDecodedWithoutProblem() {
    CharsetDetector.Decoded d = text(SAMPLE.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(SAMPLE);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.problem()).isNull();
  }

  @Test
  void utf8ByteOrderMarkIsStripped() {
    byte[] b =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            SAMPLE.getBytes(StandardCharsets.UTF_8));
    assertThat(text(b).text()).isEqualTo(SAMPLE);
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() {
    byte[] b =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
    CharsetDetector.Decoded d = text(b);
    assertThat(d.text()).isEqualTo(SAMPLE);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void utf16BigEndianWithByteOrderMark() {
    byte[] b =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
    assertThat(text(b).text()).isEqualTo(SAMPLE);
    assertThat(text(b).charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedFromItsNulBytes() {
    byte[] b = "Plain English text written by a Windows tool.".getBytes(StandardCharsets.UTF_16LE);
    assertThat(text(b).text()).isEqualTo("Plain English text written by a Windows tool.");
    assertThat(CharsetDetector.looksBinary(b, b.length)).isFalse();
  }

  @Test
  void metaCharsetIso88591IsHonoured() {
    String page =
        "<html><head><meta charset=\"ISO-8859-1\"><title>Caf\u00e9</title></head>"
            + "<body><p>Cr\u00e8me br\u00fbl\u00e9e</p></body></html>";
    CharsetDetector.Decoded d = html(page.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(d.text()).isEqualTo(page);
    assertThat(d.problem()).isNull();
    // Read as its superset, so that stray 0x80-0x9F smart quotes come out right too.
    assertThat(d.charset()).isEqualTo(CharsetDetector.WINDOWS_1252);
  }

  @Test
  void httpEquivDeclarationIsHonoured() {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
            + "</head><body>Привет, мир</body></html>";
    assertThat(html(page.getBytes(Charset.forName("KOI8-R"))).text()).isEqualTo(page);
  }

  @Test
  void xmlDeclarationIsHonoured() {
    String doc =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html><body>Prix : 5 €</body></html>";
    assertThat(html(doc.getBytes(Charset.forName("ISO-8859-15"))).text()).isEqualTo(doc);
  }

  @Test
  void unknownCharsetNameFallsBackToDetection() {
    String page =
        "<html><head><meta charset=\"no-such-charset\"></head><body>naïve café</body></html>";
    CharsetDetector.Decoded d = html(page.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(page);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void validUtf8BeatsASingleByteDeclaration() {
    String page =
        "<html><head><meta charset=\"iso-8859-1\"></head><body>“Quoted” café</body></html>";
    CharsetDetector.Decoded d = html(page.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void containerDeclarationComesFirst() {
    String page = "<html><head><meta charset=\"utf-8\"></head><body>Grüße</body></html>";
    byte[] b = page.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(CharsetDetector.decodeHtml(b, b.length, "ISO-8859-1").text()).isEqualTo(page);
  }

  @Test
  void windows1252SmartQuotesFallBackWithoutProblem() {
    byte[] b =
        concat(
            "He said ".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0x93},
            "no".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0x94},
            " to the caf".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xE9, '.'});
    CharsetDetector.Decoded d = text(b);
    assertThat(d.text()).isEqualTo("He said “no” to the café.");
    assertThat(d.charset()).isEqualTo(CharsetDetector.WINDOWS_1252);
    assertThat(d.problem()).isNull();
  }

  @Test
  void mostlyUtf8WithOneBrokenByteIsReplacedAndReported() {
    byte[] b =
        concat(
            "“Libya” is a sovereign country, said the minister in Paris — "
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF},
            " naïve.".getBytes(StandardCharsets.UTF_8));
    CharsetDetector.Decoded d = text(b);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).startsWith("“Libya” is").contains("\uFFFD").endsWith(" naïve.");
    assertThat(d.problem()).isEqualTo("invalid UTF-8: 1 byte replaced");
  }

  @Test
  void truncatedSequenceCountsEveryInvalidByte() {
    byte[] b =
        concat(
            "é“x”".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE2, (byte) 0x80},
            "!".getBytes(StandardCharsets.UTF_8));
    assertThat(text(b).problem()).isEqualTo("invalid UTF-8: 2 bytes replaced");
  }

  @Test
  void asciiIsUtf8() {
    CharsetDetector.Decoded d = text("plain".getBytes(StandardCharsets.US_ASCII));
    assertThat(d.text()).isEqualTo("plain");
    assertThat(d.problem()).isNull();
  }

  @Test
  void binaryIsRecognised() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThat(CharsetDetector.looksBinary(png, png.length)).isTrue();
    byte[] controls = new byte[100];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(CharsetDetector.looksBinary(controls, controls.length)).isTrue();
    byte[] textBytes = "line one\r\n\tline two\f".getBytes(StandardCharsets.US_ASCII);
    assertThat(CharsetDetector.looksBinary(textBytes, textBytes.length)).isFalse();
  }
}
