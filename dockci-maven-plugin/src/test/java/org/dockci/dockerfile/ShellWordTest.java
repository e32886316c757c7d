package org.dockci.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ShellWordTest {

    private static final Map<String, String> VARIABLES = Map.of("NAME", "world", "EMPTY", "", "PATH", "/usr/local/bin",
            "FILE", "archive.tar.gz");

    private static String process(String word) {
        return ShellWord.process(word, VARIABLES, '\\');
    }

    private static String refusal(String word) {
        return assertThrows(IllegalArgumentException.class, () -> process(word)).getMessage();
    }

    @Test
    void plainWordIsUnchanged() {
        assertEquals("hello", process("hello"));
    }

    @Test
    void dollarNameAndBracedNameAreExpanded() {
        assertEquals("hello world!", process("hello $NAME!"));
        assertEquals("worlds", process("${NAME}s"));
    }

    @Test
    void unsetVariableExpandsToNothing() {
        assertEquals("a-b", process("a-$UNSET${UNSET}b"));
    }

    @Test
    void dollarWithoutNameStaysADollar() {
        assertEquals("$.", process("$."));
        assertEquals("cost $", process("cost $"));
    }

    @Test
    void defaultModifiersDifferOnEmptyValues() {
        assertEquals("x", process("${UNSET:-x}"));
        assertEquals("x", process("${EMPTY:-x}"));
        assertEquals("x", process("${UNSET-x}"));
        assertEquals("", process("${EMPTY-x}"));
        assertEquals("world", process("${NAME:-x}"));
    }

    @Test
    void alternativeModifiersDifferOnEmptyValues() {
        assertEquals("x", process("${NAME:+x}"));
        assertEquals("", process("${EMPTY:+x}"));
        assertEquals("x", process("${EMPTY+x}"));
        assertEquals("", process("${UNSET+x}"));
    }

    @Test
    void requiredModifierRefusesUnsetAndEmptyValues() {
        assertEquals("world", process("${NAME:?no name}"));
        assertEquals("failed to process \"${UNSET?give it}\": UNSET: give it", refusal("${UNSET?give it}"));
        assertEquals("failed to process \"${EMPTY:?}\": EMPTY: is not allowed to be empty", refusal("${EMPTY:?}"));
        assertEquals("", process("${EMPTY?}"));
    }

    @Test
    void patternModifiersTrimPrefixesAndSuffixes() {
        assertEquals("tar.gz", process("${FILE#*.}"));
        assertEquals("gz", process("${FILE##*.}"));
        assertEquals("archive.tar", process("${FILE%.*}"));
        assertEquals("archive", process("${FILE%%.*}"));
    }

    @Test
    void replacementModifiersReplaceFirstOrAll() {
        assertEquals(":usr/local/bin", process("${PATH/\\//:}"));
        assertEquals(":usr:local:bin", process("${PATH//\\//:}"));
    }

    @Test
    void quotesAreRemovedAndSingleQuotesKeepDollars() {
        assertEquals("a b", process("\"a b\""));
        assertEquals("$NAME", process("'$NAME'"));
        assertEquals("hello world", process("\"hello $NAME\""));
    }

    @Test
    void escapeCharacterEscapesDollarAndQuotes() {
        assertEquals("$NAME", process("\\$NAME"));
        assertEquals("a\"b", process("a\\\"b"));
        assertEquals("a\"b", process("\"a\\\"b\""));
        assertEquals("a\\b", process("\"a\\b\""));
    }

    @Test
    void backtickIsTheEscapeCharacterWhenTheFileSaysSo() {
        assertEquals("$NAME", ShellWord.process("`$NAME", VARIABLES, '`'));
        assertEquals("C:\\world", ShellWord.process("C:\\$NAME", VARIABLES, '`'));
    }

    @Test
    void unclosedBraceIsRefused() {
        assertEquals("failed to process \"${NAME:-x\": syntax error: missing '}'", refusal("${NAME:-x"));
        assertEquals("failed to process \"${\": syntax error: missing '}'", refusal("${"));
    }

    @Test
    void unclosedBraceRightAfterTheNameIsAnUnsupportedModifier() {
        assertEquals("failed to process \"${A\": unsupported modifier (\uFFFD) in substitution", refusal("${A"));
    }

    @Test
    void emptyOrNestedBracesAreBadSubstitutions() {
        assertEquals("failed to process \"${}\": syntax error: bad substitution", refusal("${}"));
        assertEquals("failed to process \"${{A}}\": syntax error: bad substitution", refusal("${{A}}"));
    }

    @Test
    void unknownModifierIsRefused() {
        assertEquals("failed to process \"${A^^}\": unsupported modifier (^) in substitution", refusal("${A^^}"));
        assertEquals("failed to process \"${A:#x}\": unsupported modifier (:#) in substitution", refusal("${A:#x}"));
    }

    @Test
    void unclosedQuotesAreRefused() {
        assertEquals("failed to process \"'abc\": unexpected end of statement while looking for matching single-quote",
                refusal("'abc"));
        assertEquals("failed to process \"\\\"abc\": unexpected end of statement while looking for matching double-quote",
                refusal("\"abc"));
    }

    @Test
    void splitSeparatesAtUnquotedBlanksOnly() {
        assertEquals(List.of("80", "443/tcp"), ShellWord.split("80 443/tcp", VARIABLES, '\\'));
        assertEquals(List.of("a b", "c"), ShellWord.split("\"a b\" c", VARIABLES, '\\'));
        assertEquals(List.of("hello", "world"), ShellWord.split("hello ${NAME}", VARIABLES, '\\'));
    }

    @Test
    void syntaxErrorReportsMalformedWordsOnly() {
        assertEquals(Optional.empty(), ShellWord.syntaxError("${A:-b} $C \"d\"", '\\'));
        assertEquals(Optional.empty(), ShellWord.syntaxError("${UNSET?it depends on the build}", '\\'));
        assertEquals(Optional.of("failed to process \"${A\": unsupported modifier (\uFFFD) in substitution"),
                ShellWord.syntaxError("${A", '\\'));
        assertEquals(Optional.of("failed to process \"${A#\\\\x}\": invalid pattern (\\x) in substitution: invalid escape '\\x'"),
                ShellWord.syntaxError("${A#\\x}", '\\'));
    }
}
