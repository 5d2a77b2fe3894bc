# bash completion for iso20k(1). Installed as share/bash-completion/completions/iso20k, where the
# bash-completion package loads it on first use; or source it from ~/.bashrc. Self-contained: it
# needs nothing from bash-completion.
#
# Completes the commands, each command's options, checklist ids (from `iso20k checklists list`,
# run with the iso20k being completed), bundled template names (from the data folder the command
# uses: $ISO20K_DATA_DIR or <dir of iso20k>/../share/iso20k), report kinds, scoring models, and
# files or folders where a path is expected.

# The templates folder of the data the command `$1` uses.
_iso20k_templates_dir() {
  if [[ -n ${ISO20K_DATA_DIR-} ]]; then
    printf '%s\n' "$ISO20K_DATA_DIR/templates"
    return
  fi
  local exe
  exe=$(type -P -- "$1" 2>/dev/null) || return 1
  exe=$(readlink -f -- "$exe" 2>/dev/null) || return 1
  printf '%s\n' "${exe%/*}/../share/iso20k/templates"
}

# Bundled template names: the folders of the data's templates/ that hold a template.xml.
_iso20k_templates() {
  local dir t found=
  if dir=$(_iso20k_templates_dir "$1") && [[ -d $dir ]]; then
    for t in "$dir"/*/template.xml; do
      [[ -e $t ]] || continue
      t=${t%/template.xml}
      printf '%s\n' "${t##*/}"
      found=1
    done
  fi
  [[ -n $found ]] || printf '%s\n' default default-de default-letter
}

# Checklist ids, from the first column of `iso20k checklists list`.
_iso20k_checklists() {
  "$1" checklists list 2>/dev/null | awk 'NR > 1 && $1 != "" { print $1 }'
}

# Whether option $1 takes a value (the next word).
_iso20k_takes_value() {
  case $1 in
    --checklist | --tailoring | --model | --as-of | --out | -o | --colour | --kind | --template | --previous | \
      --format | --checklist-dir | --clause | --from | --to) return 0 ;;
  esac
  return 1
}

# Replies for files (or, with -d, folders) matching $cur, named as paths.
_iso20k_paths() {
  local IFS=$'\n'
  compopt -o filenames 2>/dev/null
  if [[ ${1-} == -d ]]; then
    COMPREPLY+=($(compgen -d -- "$cur"))
  else
    COMPREPLY+=($(compgen -f -- "$cur"))
  fi
}

# Replies from the words in $1 that start with $cur. bash takes ':' as a word break, so a reply
# to a word holding ':' (iso20000-1:2018) is what follows its last ':'.
_iso20k_words() {
  local IFS=$' \t\n' w colon=
  [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]] && colon=${cur%"${cur##*:}"}
  for w in $(compgen -W "$1" -- "$cur"); do
    COMPREPLY+=("${w#"$colon"}")
  done
}

_iso20k() {
  local cur prev cmd=${COMP_WORDS[0]}
  local -a words
  # Words split at blanks only, so that values holding ':' or '=' stay whole.
  if [[ -n ${COMP_LINE-} ]]; then
    local line=${COMP_LINE:0:${COMP_POINT:-${#COMP_LINE}}}
    read -ra words <<<"$line"
    [[ $line == *[[:blank:]] || ${#words[@]} -eq 0 ]] && words+=("")
  else
    words=("${COMP_WORDS[@]:0:COMP_CWORD+1}")
  fi
  local cword=$((${#words[@]} - 1))
  cur=${words[cword]}
  prev=
  ((cword > 0)) && prev=${words[cword - 1]}
  # --option=value: complete the value.
  if [[ $cur == --*=* ]]; then
    prev=${cur%%=*}
    cur=${cur#*=}
  fi
  COMPREPLY=()

  # The command and, for `checklists`, its action; positional arguments seen so far.
  local sub= action= i w npos=0
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ -z $sub ]]; then
      [[ $w != -* ]] && sub=$w
    elif [[ $sub == checklists && -z $action ]]; then
      [[ $w != -* ]] && action=$w
    elif [[ $w != -* ]] && ! _iso20k_takes_value "${words[i - 1]}"; then
      npos=$((npos + 1))
    fi
  done

  if [[ -z $sub ]]; then
    _iso20k_words "checklists validate init assess report help --help --version"
    return
  fi

  # Values of options.
  case $prev in
    --checklist)
      _iso20k_words "$(_iso20k_checklists "$cmd")"
      [[ $cur == */* || $cur == .* ]] && _iso20k_paths
      return ;;
    --tailoring | --out | -o)
      _iso20k_paths
      return ;;
    --checklist-dir)
      _iso20k_paths -d
      return ;;
    --model) _iso20k_words "weighted flat absolute"; return ;;
    --colour) _iso20k_words "auto always never"; return ;;
    --kind) _iso20k_words "gap readiness"; return ;;
    --format)
      if [[ $sub == report ]]; then _iso20k_words "pdf html"; else _iso20k_words "xml ini"; fi
      return ;;
    --template)
      _iso20k_words "$(_iso20k_templates "$cmd")"
      _iso20k_paths -d
      return ;;
    --from | --to)
      _iso20k_words "iso20000-1:2018 iso20000-1:2011 iso27001:2022 iso9001:2015"
      return ;;
    --as-of | --clause)
      return ;;  # a date YYYY-MM-DD, a clause number
  esac

  local opts
  case $sub in
    assess)
      opts="--checklist --tailoring --model --as-of --out --quiet --colour --help"
      if [[ $cur != -* ]]; then ((npos == 0)) && _iso20k_paths -d; return; fi ;;
    report)
      opts="--kind --template --detail --previous --out --format --checklist --tailoring --model --as-of --quiet --help"
      if [[ $cur != -* ]]; then ((npos == 0)) && _iso20k_paths; return; fi ;;
    validate)
      opts="--quiet --checklist-dir --help"
      if [[ $cur != -* ]]; then _iso20k_paths; return; fi ;;
    init)
      opts="--checklist --tailoring --format --force --checklist-dir --help"
      if [[ $cur != -* ]]; then ((npos == 0)) && _iso20k_paths -d; return; fi ;;
    checklists)
      case $action in
        '') _iso20k_words "list show map --help"; return ;;
        list) opts="--checklist-dir --help" ;;
        show)
          opts="--clause --checklist-dir --help"
          if [[ $cur != -* ]]; then
            ((npos == 0)) && _iso20k_words "$(_iso20k_checklists "$cmd")"
            return
          fi ;;
        map) opts="--from --clause --to --help" ;;
        *) return ;;
      esac ;;
    *) return ;;
  esac
  _iso20k_words "$opts"
}

complete -F _iso20k iso20k
