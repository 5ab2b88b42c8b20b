package org.newsgraph.extract.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A spelling-insensitive key for one word of a name, so that transliterations of the same name from Arabic,
 * Persian, Pashto or Russian meet: {@code Muttaki}, {@code Mottaki} and {@code Muttaqi} all become {@code mutaki};
 * {@code Ahmed} and {@code Ahmad} become {@code ahmad}; {@code Masoud} and {@code Massoud} become {@code masud}.
 *
 * <p>The key folds what transliteration varies (q/k, o/u, e/a, ee/ou/oo, y/i, doubled letters, a silent final h,
 * marks) and keeps what tells names apart (consonants and a final vowel: {@code Ahmadi} is not {@code Ahmad}). It
 * is a key for words, never for whole names: two names match only word by word (see {@link #sameName}). Stateless.
 */
public final class VariantKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");

  private VariantKey() {}

  /** The key of one word; the empty string for a word without letters. */
  public static String of(String word) {
    String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    }
    s = NOT_LETTER.matcher(s).replaceAll("");
    if (s.length() > 3 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("ee", "i").replace("ou", "u")
        .replace("oo", "u").replace("w", "v");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = switch (s.charAt(i)) {
        case 'o' -> 'u';
        case 'e' -> 'a';
        case 'y' -> i == 0 ? 'y' : 'i';
        default -> s.charAt(i);
      };
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The keys of the words of a name, joined by single spaces. */
  public static String ofName(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.strip().split("[\\s_]+")) {
      String k = of(w);
      if (!k.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(k);
      }
    }
    return sb.toString();
  }

  /**
   * Whether two words are spellings of the same name word: equal keys, or, for keys of seven letters or more, keys
   * one edit apart ({@code Khatibzadeh} and {@code Khatibsadeh}). Shorter keys must be equal: one edit turns
   * {@code Karimi} into {@code Kazimi}, another name. Use it only where the rest of a name already agrees.
   */
  public static boolean close(String keyA, String keyB) {
    if (keyA.equals(keyB)) {
      return true;
    }
    return keyA.length() >= 7 && keyB.length() >= 7 && withinOneEdit(keyA, keyB);
  }

  /**
   * Whether two names, given as word keys, name the same person: the same number of words with equal keys (the
   * last word may be {@link #close}), or one name is the other with initials added ({@code George W. Bush}).
   * Names that merely share a word ({@code Ismail Khan}, {@code Amir Khan Muttaki}) or where one has a full extra
   * word ({@code Ahmad Massoud}, {@code Ahmad Shah Massoud}) are different.
   */
  public static boolean sameName(String[] a, String[] b) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    String[] longer = a.length >= b.length ? a : b;
    String[] shorter = a.length >= b.length ? b : a;
    if (longer.length == shorter.length) {
      for (int i = 0; i < longer.length - 1; i++) {
        if (!longer[i].equals(shorter[i])) {
          return false;
        }
      }
      return close(longer[longer.length - 1], shorter[shorter.length - 1]);
    }
    if (shorter.length < 2) {
      return false;
    }
    // the longer may only add initials between the shorter's words
    int j = 0;
    for (String w : longer) {
      if (j < shorter.length && w.equals(shorter[j])) {
        j++;
      } else if (w.length() > 1) {
        return false;
      }
    }
    return j == shorter.length;
  }

  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (b.length() > a.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }
}
