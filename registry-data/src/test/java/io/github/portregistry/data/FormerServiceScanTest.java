package io.github.portregistry.data;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FormerServiceScan} on its own: what it returns untrimmed, shape by shape, compared with
 * the readable rule its class comment states, written as four regular expressions. {@code
 * RemovalNotesTest} checks the trimmed result through {@link RemovalNotes#formerly}, and compares
 * it with the same rule on every field of every vendored CSV.
 */
class FormerServiceScanTest {

  /** The class comment's boundaries and classes, in ASCII as it says (not Java's {@code \b}). */
  private static final String WORD_START = "(?<![A-Za-z0-9_])";

  private static final String WORD_END = "(?![A-Za-z0-9_])";
  private static final String BLANKS = "[ \\t\\n\\x0B\\f\\r]+";
  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_+-]*(?:\\.[A-Za-z0-9_+-]+)*";

  /** The four shapes, in the order they are tried, each capturing the former service. */
  private static final List<Pattern> READABLE_RULE =
      List.of(
          Pattern.compile(
              WORD_START
                  + "previously"
                  + BLANKS
                  + "("
                  + NAME
                  + ")"
                  + BLANKS
                  + "by"
                  + BLANKS
                  + "\\[",
              CASE_INSENSITIVE),
          Pattern.compile(
              WORD_START
                  + "historic"
                  + BLANKS
                  + "usage"
                  + BLANKS
                  + "was"
                  + BLANKS
                  + "("
                  + NAME
                  + ")",
              CASE_INSENSITIVE),
          Pattern.compile("\\[was" + BLANKS + "([^\\]\\n]+)\\]", CASE_INSENSITIVE),
          Pattern.compile(
              WORD_START
                  + "previously"
                  + BLANKS
                  + "assigned"
                  + BLANKS
                  + "to"
                  + BLANKS
                  + "([^\\n]+?)"
                  + BLANKS
                  + "but"
                  + WORD_END,
              CASE_INSENSITIVE));

  private static Optional<String> byReadableRule(String text) {
    for (Pattern shape : READABLE_RULE) {
      Matcher m = shape.matcher(text);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** Text, and what the scan returns, untrimmed ("" for nothing found). */
  static Stream<Arguments> shapes() {
    return Stream.of(
        // 1. previously NAME by [
        arguments(
            "De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]", "compressnet"),
        arguments("PREVIOUSLY\tx.y-z+_1\n by\r[", "x.y-z+_1"),
        arguments("previously x by[", ""), // no blank between "by" and "["
        arguments("previously x by ", ""), // the text ends where "[" should be
        arguments("previously x by", ""),
        arguments("previously x bye [", ""), // "by" must end a word
        arguments("previously x.", ""),
        arguments("previouslyx by [", ""), // no blank after "previously"
        arguments("previously x  by [", "x"),
        arguments("unpreviously x by [", ""), // "previously" must start a word
        arguments("-previously x by [A]", "x"), // a hyphen is no word character
        arguments("previously .x by [A]", ""), // a name starts with a letter or digit
        arguments("previously x. by [A]", ""), // the full stop is not the name's: no blank follows
        arguments("previously x.y by [A]", "x.y"),
        arguments("previously a by IANA, previously b by [A]", "b"), // the second place wins
        // 2. historic usage was NAME
        arguments("Historic usage was acms. De-Assigned on 2020-12-29", "acms"),
        arguments("historic\nusage\twas x.y.", "x.y"),
        arguments("historic usage was", ""),
        arguments("historic usage was ", ""),
        arguments("historic usage wasx", ""),
        arguments("historic usagewas x", ""),
        arguments("historicusage was x", ""),
        arguments("prehistoric usage was x", ""),
        arguments("historic usage was -x; historic usage was y", "y"),
        arguments("historic usage was x", "x"), // a name at the very end of the text
        // 3. [was TEXT]
        arguments("Unassigned [was netstat]", "netstat"),
        arguments("[WAS  old name ]", "old name "),
        arguments("[was]", ""),
        arguments("[wasx]", ""),
        arguments("[was x", ""), // no closing bracket
        arguments("[was x\ny]", ""), // the line ends before the bracket
        arguments("[was x\n[was y]", "y"),
        arguments("[was\n]", ""),
        arguments("[was  ]", " "), // a pattern gives one blank back to the text
        arguments("[was \n ]", " "),
        arguments("[was \n]", ""),
        arguments("[wa", ""),
        arguments("[was", ""),
        arguments("[", ""),
        arguments("x[was y]", "y"), // "[was" need not start a word
        // 4. previously assigned to TEXT but
        arguments(
            "Previously assigned to NETCONF over BEEP but released by [RFC9900]",
            "NETCONF over BEEP"),
        arguments("previously assigned to a but", "a"),
        arguments("previously assigned to a butter but x", "a butter"),
        arguments("previously assigned to a\tbut", "a"),
        arguments("previously assigned to a b\n but", "a b"),
        arguments("previously assigned to a\nb but", ""),
        arguments("previously assigned to  but but", "but"),
        arguments("previously assigned to ", ""),
        arguments("previously assigned to", ""),
        arguments("previously assigned tox but", ""),
        arguments("previously assignedto x but", ""),
        arguments("previously assigned to a but_", ""),
        arguments("previously assigned to x y", ""),
        arguments("previously assigned to x\nprevious assigned to y but", ""),
        arguments("previously assigned to x\npreviously assigned to y but", "y"),
        // the shapes in order: an earlier shape wins wherever it is in the text
        arguments("[was a] previously b by [C]", "b"),
        arguments("previously assigned to a but historic usage was b", "b"),
        arguments("previously assigned to a but [was b]", "b"),
        arguments("", ""),
        arguments("Reserved", ""),
        arguments("(previous contact was[Christopher_Allen])", ""));
  }

  /**
   * The ends of the ASCII ranges a name and a word are made of, and the characters just outside
   * them: before "previously" a letter or digit joins it to a longer word, and a name starts with
   * one.
   */
  static Stream<Arguments> rangeEnds() {
    Stream<Arguments> inside =
        "aAzZ09_"
            .chars()
            .mapToObj(c -> (char) c)
            .flatMap(
                c ->
                    Stream.of(
                        arguments(c + "previously x by [A]", ""),
                        arguments(
                            "previously " + c + " by [A]", c == '_' ? "" : String.valueOf(c))));
    Stream<Arguments> outside =
        "`{@[/:"
            .chars()
            .mapToObj(c -> (char) c)
            .flatMap(
                c ->
                    Stream.of(
                        arguments(c + "previously x by [A]", "x"),
                        arguments("previously " + c + " by [A]", "")));
    return Stream.concat(inside, outside);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"shapes", "rangeEnds"})
  void findsTheFormerServiceUntrimmed(String text, String expected) {
    Optional<String> found = FormerServiceScan.in(text);
    assertThat(found).isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected));
    assertThat(found).as("the readable rule").isEqualTo(byReadableRule(text));
  }

  /**
   * Seeded random texts made of the shapes' words and phrases, blanks of every kind, brackets and
   * names: the places where a hand scan and the rule it implements part (a word inside a longer
   * word, a line feed inside the text, a second try on the same line) come up thousands of times.
   */
  @Test
  void agreesWithTheReadableRuleOnRandomTextsOfTheShapesWords() {
    String[] pieces = {
      "previously",
      "Previously assigned to",
      "previously assigned",
      "PREVIOUSLY",
      "by",
      "by [",
      "but",
      "BUT",
      "butter",
      "historic usage was",
      "historic",
      "usage was",
      "[was",
      "[WAS",
      "]",
      "[",
      "x",
      "acms",
      "a.b",
      "x.",
      ".y",
      "_",
      "-",
      "+9",
      "é",
      "un",
      "foo-bar",
      ".",
      ",",
      "to"
    };
    String[] separators = {" ", " ", " ", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "", ""};
    Random random = new Random(20261203);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(10);
      for (int j = 0; j < length; j++) {
        String piece = pieces[random.nextInt(pieces.length)];
        // the blanks inside a phrase vary too
        text.append(piece.replace(" ", separators[random.nextInt(separators.length - 2)]));
        text.append(separators[random.nextInt(separators.length)]);
      }
      String t = text.toString();
      Optional<String> expected = byReadableRule(t);
      assertThat(FormerServiceScan.in(t)).as("%s", Text.quote(t)).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(found).as("texts that name a former service").isGreaterThan(1_500);
  }
}
