using System.Runtime.CompilerServices;

namespace NkGen
{
    /// <summary>
    /// The comparison behind <c>TryGet</c>: two names are the same name when they are equal after folding them
    /// character by character. The fold:
    /// <list type="bullet">
    /// <item>ignores case, comparing characters by <see cref="char.ToUpperInvariant"/> (what OrdinalIgnoreCase
    /// compares by), ASCII letters included;</item>
    /// <item>folds precomposed Latin letters to their base letter (ŏ, Ŏ → o; ŭ → u; é → e; ǣ → æ): the letters of
    /// U+00C0–U+024F and U+1E00–U+1EFF whose canonical decomposition is a base letter plus combining marks, listed in
    /// <see cref="Diacritics"/>. Letters with a stroke (đ, ø, ł) have no such decomposition and stay themselves;</item>
    /// <item>skips the combining marks U+0300–U+036F, so decomposed input ("o" + U+0306) folds as precomposed does;</item>
    /// <item>skips apostrophes (' ` ´ ʹ ʻ ʼ ʽ ‘ ’ ‛ ′ ＇): McCune–Reischauer writes Ch'ŏngjin, simplified
    /// spellings drop the apostrophe;</item>
    /// <item>skips hyphens and dashes (- U+00AD ‐ ‑ ‒ – — ― − －) and white space (ASCII space and control spaces,
    /// no-break, thin and the other U+2000 spaces, ideographic space, zero-width space, U+FEFF), and U+0000;</item>
    /// <item>leaves everything else as it is: Chosŏn'gŭl and Hancha compare as themselves, and so does each half of a
    /// surrogate pair (characters outside the Basic Multilingual Plane compare exactly).</item>
    /// </list>
    /// So "Ch'ŏngjin", "CH’ONGJIN", "chong-jin" and "Chong jin" are all "chongjin", and "함흥 시" is "함흥시".
    /// No character folds to more than one, so a folded name is never longer than the name.
    /// </summary>
    /// <remarks>
    /// One file shared by the runtime (NameIndex) and the generator's analyzers (linked into NkGen.Generator), so that
    /// a constant name the analyzer accepts is one TryGet finds. It targets netstandard2.0 and allocates nothing except
    /// in <see cref="Key"/>. Case comes from the running framework's <see cref="char.ToUpperInvariant"/>, read once into
    /// the tables for Latin letters; Unicode's casing of letters is stable, so the generator's host and the application
    /// agree.
    /// </remarks>
    internal static class NameFold
    {
        /// <summary>
        /// Precomposed Latin letters by base letter: each line is the base letter, then every letter of U+00C0–U+024F
        /// and U+1E00–U+1EFF that decomposes canonically to it plus marks of U+0300–U+036F (a test checks the list
        /// against the framework's Unicode normalization).
        /// </summary>
        private static readonly string[] Diacritics =
        {
            "aÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ",
            "bḂḃḄḅḆḇ",
            "cÇçĆćĈĉĊċČčḈḉ",
            "dĎďḊḋḌḍḎḏḐḑḒḓ",
            "eÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ",
            "fḞḟ",
            "gĜĝĞğĠġĢģǦǧǴǵḠḡ",
            "hĤĥȞȟḢḣḤḥḦḧḨḩḪḫẖ",
            "iÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐȈȉȊȋḬḭḮḯỈỉỊị",
            "jĴĵǰ",
            "kĶķǨǩḰḱḲḳḴḵ",
            "lĹĺĻļĽľḶḷḸḹḺḻḼḽ",
            "mḾḿṀṁṂṃ",
            "nÑñŃńŅņŇňǸǹṄṅṆṇṈṉṊṋ",
            "oÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ",
            "pṔṕṖṗ",
            "rŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ",
            "sŚśŜŝŞşŠšȘșṠṡṢṣṤṥṦṧṨṩ",
            "tŢţŤťȚțṪṫṬṭṮṯṰṱẗ",
            "uÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự",
            "vṼṽṾṿ",
            "wŴŵẀẁẂẃẄẅẆẇẈẉẘ",
            "xẊẋẌẍ",
            "yÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ",
            "zŹźŻżŽžẐẑẒẓẔẕ",
            "æǢǣǼǽ",
            "øǾǿ",
            "ſẛ",
            "ʒǮǯ",
        };

        /// <summary>Apostrophes, hyphens and spaces: skipped wherever they are.</summary>
        private const string Skipped =
            "'`\u00B4\u02B9\u02BB\u02BC\u02BD\u2018\u2019\u201B\u2032\uFF07"
            + "-\u00AD\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D"
            + "\0\t\n\u000B\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B"
            + "\u2028\u2029\u202F\u205F\u3000\uFEFF";

        private const int LatinEnd = 0x250;
        private const int AdditionalStart = 0x1E00;
        private const int AdditionalEnd = 0x1F00;

        // The fold of U+0000–U+024F, and of U+1E00–U+1EFF; '\0' for a skipped character. Built once from the lists above
        // (field initializers, not a static constructor, so that the JIT need not check for initialization on each read).
        private static readonly char[] Latin = Table(0, LatinEnd);
        private static readonly char[] Additional = Table(AdditionalStart, AdditionalEnd);

        /// <summary>
        /// The character <paramref name="c"/> folds to, or <c>'\0'</c> when the fold skips it (apostrophes, hyphens,
        /// spaces, combining marks).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static char Fold(char c)
        {
            // Plain ASCII and Latin letters (the usual romanized name) are one table read; Chosŏn'gŭl is itself.
            if (c < LatinEnd) return Latin[c];
            if ((uint)(c - '\uAC00') <= '\uD7A3' - '\uAC00') return c;
            return FoldOther(c);
        }

        /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> are the same name under the fold.</summary>
        public static bool Equals(string left, string right)
        {
            int i = 0, j = 0;
            while (true)
            {
                var a = '\0';
                while (i < left.Length && (a = Fold(left[i++])) == '\0') { }

                var b = '\0';
                while (j < right.Length && (b = Fold(right[j++])) == '\0') { }

                if (a != b) return false;
                if (a == '\0') return true;
            }
        }

        /// <summary>
        /// Whether <paramref name="name"/> folds to <paramref name="key"/>, a name already folded by <see cref="Key"/>:
        /// one side of <see cref="Equals(string, string)"/> done in advance.
        /// </summary>
        public static bool MatchesKey(string name, string key)
        {
            // A name the fold leaves alone is its own key, so a lookup with the very string the generated code holds
            // (a Chosŏn'gŭl literal, City.KoreanName) is one comparison.
            if ((object)name == key) return true;
            if (name.Length == key.Length)
            {
                // The usual case, nothing to skip: a skipped character folds to '\0', which no key holds, so a name with
                // one is rightly unequal (its fold is shorter than the key).
                for (var i = 0; i < key.Length; i++)
                {
                    if (Fold(name[i]) != key[i]) return false;
                }

                return true;
            }

            var k = 0;
            foreach (var c in name)
            {
                var f = Fold(c);
                if (f == '\0') continue;
                if ((uint)k >= (uint)key.Length || key[k] != f) return false;
                k++;
            }

            return k == key.Length;
        }

        /// <summary>
        /// A hash of the folded name: names equal under <see cref="Equals(string, string)"/> hash alike, because the
        /// hash reads only the folded characters. Not randomized: the names are the generator's, not an attacker's.
        /// </summary>
        public static uint Hash(string name)
        {
            // Rotate-and-xor: two cycles a character where a multiply would cost four, and with 64 bits and a rotation
            // of 5 the five bits that tell ASCII letters apart land in separate places for twelve characters. Being
            // linear, it can take two folded characters in one step, which the loop does while neither is skipped.
            ulong hash = 0;
            var i = 0;
            for (; i + 1 < name.Length; i += 2)
            {
                var first = Fold(name[i]);
                var second = Fold(name[i + 1]);
                if (first != '\0' && second != '\0')
                {
                    hash = ((hash << 10) | (hash >> 54)) ^ ((ulong)first << 5) ^ second;
                }
                else
                {
                    if (first != '\0') hash = ((hash << 5) | (hash >> 59)) ^ first;
                    if (second != '\0') hash = ((hash << 5) | (hash >> 59)) ^ second;
                }
            }

            if (i < name.Length)
            {
                var last = Fold(name[i]);
                if (last != '\0') hash = ((hash << 5) | (hash >> 59)) ^ last;
            }

            return Finish(hash);
        }

        /// <summary>
        /// The last step of <see cref="Hash"/>, from the rotate-and-xor of the folded characters: for a caller that
        /// computes that part its own way (NameKeys' ASCII path).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint Finish(ulong hash)
        {
            // Fibonacci hashing: one multiply carries every lower bit into the high half, whose low bits choose the
            // bucket; folding the high half down first lets the first characters count too (100,000 synthetic names
            // then spread over the buckets as random keys would, longest chain 8).
            hash ^= hash >> 32;
            return (uint)((hash * 0x9E3779B97F4A7C15UL) >> 32);
        }

        // The words a romanized city name may end with that name its unit, not the place: "Chongjin City", "Hamhŭng-si".
        // Longest first, so that "Rason Special City" loses "Special City", not "City" alone.
        private static readonly string[] CityUnits = { "directly governed city", "special-level city", "special city", "city", "shi", "si" };

        /// <summary>
        /// <paramref name="name"/> without a city unit at its end (<c>"Chongjin City"</c>, <c>"Hamhŭng-si"</c>, <c>"Rason
        /// Special City"</c>), the unit after a space or hyphen and the place before it; null when it ends in none. A lookup
        /// that finds no entity by the whole name tries this: the tables name a city without its unit.
        /// </summary>
        public static string? WithoutCityUnit(string name)
        {
            foreach (var unit in CityUnits)
            {
                var cut = name.Length - unit.Length - 1;
                if (cut < 1 || name[cut] is not (' ' or '-') || string.Compare(name, cut + 1, unit, 0, unit.Length, System.StringComparison.OrdinalIgnoreCase) != 0) continue;
                var place = name.Substring(0, cut).TrimEnd(' ', '-');
                return place.Length > 0 ? place : null;
            }

            return null;
        }

        /// <summary>
        /// The folded name itself, for building an index: <c>Key("Ch'ŏngjin") == "chongjin"</c>. A name the fold leaves as
        /// it is (<c>"함흥시"</c>) is returned itself, so that a lookup with that very string is one reference comparison.
        /// </summary>
        public static string Key(string name)
        {
            var key = new char[name.Length];
            var length = 0;
            var changed = false;
            foreach (var c in name)
            {
                var f = Fold(c);
                // U+0000 folds to itself yet is skipped, so it changes the name too.
                changed |= f != c || f == '\0';
                if (f != '\0') key[length++] = f;
            }

            return changed ? new string(key, 0, length) : name;
        }

        private static char FoldOther(char c)
        {
            // CJK ideographs (Hancha) and surrogates have no case; U+0300–U+036F are the combining marks.
            if ((uint)(c - '\u4E00') <= '\u9FFF' - '\u4E00' || (uint)(c - '\uD800') <= '\uDFFF' - '\uD800') return c;
            if ((uint)(c - '\u0300') <= '\u036F' - '\u0300' || Skipped.IndexOf(c) >= 0) return '\0';
            if ((uint)(c - AdditionalStart) < AdditionalEnd - AdditionalStart) return Additional[c - AdditionalStart];

            // A letter outside the tables whose upper case is inside them (ɓ → Ɓ) folds as that upper case does.
            var upper = char.ToUpperInvariant(c);
            if (upper < LatinEnd) return Latin[upper];
            if ((uint)(upper - AdditionalStart) < AdditionalEnd - AdditionalStart) return Additional[upper - AdditionalStart];
            return upper;
        }

        private static char[] Table(int start, int end)
        {
            var bases = new char[AdditionalEnd];
            for (var c = 0; c < bases.Length; c++) bases[c] = (char)c;
            foreach (var line in Diacritics)
            {
                for (var i = 1; i < line.Length; i++) bases[line[i]] = line[0];
            }

            // Case is folded through the base letter of a letter's upper case, so that a letter and its upper case
            // always fold alike (ǰ has no upper case of its own; ŏ's is Ŏ, whose base is o).
            var table = new char[end - start];
            for (var c = start; c < end; c++)
            {
                var upper = char.ToUpperInvariant((char)c);
                if (upper < bases.Length) upper = char.ToUpperInvariant(bases[upper]);
                table[c - start] = upper >= 'A' && upper <= 'Z' ? (char)(upper | 0x20) : upper;
            }

            foreach (var c in Skipped)
            {
                if (c >= start && c < end) table[c - start] = '\0';
            }

            return table;
        }
    }
}
