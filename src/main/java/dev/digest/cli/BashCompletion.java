package dev.digest.cli;

import java.util.List;

/**
 * The bash completion script ({@code digest completion bash}), written from the commands' option
 * rows: the commands, every spelling of each option, and each option's value by its completion
 * kind. File names come from bash's own {@code compgen -f} with readline's file-name handling
 * (quoting, a slash after a folder), and what that cannot read falls back to readline's default
 * completion, so file names complete as they do without digest. The script never calls digest:
 * a TAB costs no Java start-up.
 */
final class BashCompletion extends CompletionScript {
  private static final String TEMPLATE =
      """
      # bash completion for digest, written by `digest completion bash` from digest's option table.
      # Load it with: source <(digest completion)      (in ~/.bashrc, for every new shell)
      if [ -n "${ZSH_VERSION-}" ]; then
        echo "digest: this is the bash completion; in zsh, load it with: source <(digest completion zsh)" >&2
        return 1 2>/dev/null || exit 1
      fi

      # Every spelling of the options of command $1 ('' is digest itself, before a command):
      # sets _digest_words.
      _digest_options() {
        case $1 in
      @OPTIONS@
        esac
      }

      # What the value of option $2 of command $1 completes to: sets _digest_kind (files, words,
      # word_list or none) and _digest_words. Fails for a flag or an unknown option, whose next
      # word is not its value.
      _digest_value() {
        case "$1 $2" in
      @VALUES@
          *) return 1 ;;
        esac
      }

      # What the arguments of command $1 complete to ('' is digest itself: the commands).
      _digest_arguments() {
        case $1 in
      @ARGUMENTS@
        esac
      }

      # Adds the words of $2 that start with $3 to COMPREPLY, each after $1.
      _digest_reply() {
        local word
        while IFS= read -r word; do
          COMPREPLY+=("$1$word")
        done < <(compgen -W "$2" -- "$3")
      }

      _digest() {
        # Word lists are split at blanks whatever the user's IFS.
        local IFS=$' \\t\\n'
        local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
        local command= prefix= _digest_kind= _digest_words= i j word
        COMPREPLY=()
        # Only the part of the word before the cursor is completed.
        local before=${COMP_LINE:0:COMP_POINT}
        while [[ -n $cur && $before != *"$cur" ]]; do
          cur=${cur%?}
        done
        # The command is the first word that is not an option (--debug may stand before it).
        for (( i = 1; i < COMP_CWORD; i++ )); do
          if [[ ${COMP_WORDS[i]} != -* ]]; then
            command=${COMP_WORDS[i]}
            break
          fi
        done
        # After --, every word is an argument.
        for (( j = i + 1; j < COMP_CWORD; j++ )); do
          [[ ${COMP_WORDS[j]} == -- ]] && break
        done

        if [[ -z $command ]]; then
          if [[ $cur == -* ]]; then
            _digest_kind=words
            _digest_options ''
          else
            _digest_arguments ''
          fi
        elif (( j < COMP_CWORD )); then
          _digest_arguments "$command"
        elif [[ $cur == = && $prev == --* ]] && _digest_value "$command" "$prev"; then
          # bash splits --format=js at the '=' (it is in COMP_WORDBREAKS): no value typed yet.
          cur=
        elif [[ $prev == = ]] && (( COMP_CWORD > 2 )) && [[ ${COMP_WORDS[COMP_CWORD-2]} == --* ]] &&
          _digest_value "$command" "${COMP_WORDS[COMP_CWORD-2]}"; then
          : # the value after --format=
        elif [[ $cur == --*=* ]] && _digest_value "$command" "${cur%%=*}"; then
          # With '=' taken out of COMP_WORDBREAKS, --format=js is one word: keep --format= in front.
          prefix=${cur%%=*}=
          cur=${cur#*=}
        elif _digest_value "$command" "$prev"; then
          : # the value of the option before
        elif [[ $cur == -* ]]; then
          _digest_kind=words
          _digest_options "$command"
        else
          _digest_arguments "$command"
        fi

        case $_digest_kind in
          words)
            _digest_reply "$prefix" "$_digest_words" "$cur"
            ;;
          word_list)
            # The last item of a comma list, leaving out the items already in it; no space after
            # it, so that another comma can follow.
            local listed=${cur%"${cur##*,}"} rest=
            for word in $_digest_words; do
              [[ ,$listed == *,"$word",* ]] || rest+=" $word"
            done
            _digest_reply "$prefix$listed" "$rest" "${cur##*,}"
            compopt -o nospace 2>/dev/null
            ;;
          files)
            # As bash completes file names without digest: readline quotes the names and puts a
            # slash after a folder (-o filenames), and a word compgen cannot read (quoted, escaped,
            # or starting with ~) is left to readline's own file-name completion (-o default).
            if [[ -z $prefix ]]; then
              compopt -o filenames -o default 2>/dev/null
            fi
            if [[ $cur != *[\\\\\\"\\'~]* ]]; then
              while IFS= read -r word; do
                COMPREPLY+=("$prefix$word")
              done < <(compgen -f -- "$cur")
            fi
            ;;
        esac
        return 0
      }

      complete -F _digest digest
      """;

  BashCompletion() {
    super(TEMPLATE);
  }

  @Override
  String branch(String patterns, String body) {
    return "    " + patterns + ") " + body + " ;;\n";
  }

  @Override
  String setKind(OptionDef.Completion completion, List<String> candidates) {
    return "_digest_kind=" + ShellWords.kind(completion) + " _digest_words=" + ShellWords.quoteJoined(candidates);
  }

  @Override
  String optionCase(String command, List<OptionDef> options) {
    return branch(ShellWords.quote(command), "_digest_words=" + ShellWords.quoteJoined(spellings(options)));
  }

  @Override
  String commandsCase(List<Command> commands) {
    return branch("''", setKind(OptionDef.Completion.WORDS, names(commands)));
  }
}
