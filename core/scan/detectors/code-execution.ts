// Code-execution payloads: download-and-run pipelines, reverse shells, destructive commands, command
// substitution, eval of remote or untrusted code, server-side template injection, script injection and
// terminal escape sequences. Weighed per surface: in a tool response or argument they are an attack;
// in a description they may be documentation, so they count less there and a descriptive frame lowers them.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { RULES } from '../rules';
import { patterns, register, runPatternSpecs, type PatternSpec } from './pattern-kit';
import type { TokenStream } from '../text/tokens';
import { c, gap, runPhraseSpecs, word, type PhraseSpec } from './phrase-kit';
import type { Slot } from '../text/sequence';

const rule = RULES.codeExecution;

/** A command that starts a line is a usage example unless it reaches an attacker-looking host. */
function onlyWithHostileHost(match: RegExpExecArray, analysis: TextAnalysis, confidence: number): number {
  return touchesHostileHost(match, analysis) ? confidence : 0;
}

function touchesHostileHost(match: RegExpExecArray, analysis: TextAnalysis): boolean {
  return analysis.stream.entities.some((entity) => entity.suspiciousHost && entity.start < match.index + match[0].length && entity.end > match.index);
}

/** Up when the command fetches from an attacker-looking host or sits inside $( ) or backticks. */
function hostileContext(match: RegExpExecArray, analysis: TextAnalysis, confidence: number): number {
  const around = analysis.views.plain.slice(Math.max(0, match.index - 3), match.index + match[0].length + 1);
  const suspicious = touchesHostileHost(match, analysis);
  const injected = /\$\(|`|;|&&|\|\|/.test(around.slice(0, 4));
  return Math.min(0.95, confidence + (suspicious ? 0.25 : 0) + (injected ? 0.15 : 0));
}

const SPECS: PatternSpec[] = patterns([
  {
    ruleId: rule,
    message: 'downloads a script and pipes it into a shell',
    pattern: /\b(?:curl|wget|iwr|invoke-webrequest)\b[^|\n;&]{0,200}\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|da|k|fi)?sh\b|\b(?:ba|z)?sh\s{1,3}<\(\s{0,2}(?:curl|wget)\b|\bsource\s{1,3}<\(\s{0,2}(?:curl|wget)\b/gi,
    confidence: 0.6,
    surfaces: { response: 0.75, arguments: 0.9, other: 0.75 },
    discountable: true,
    adjust: hostileContext,
  },
  {
    ruleId: rule,
    message: 'reverse shell',
    pattern: /\/dev\/(?:tcp|udp)\/[\w.-]{1,64}\/\d{1,5}|\bnc(?:at)?\s{1,3}(?:-[a-z]{1,4}\s{1,3}){0,4}-[ec]\s|\bbash\s{1,3}-i\s{0,3}>&|\bsocket\.socket\s{0,2}\(|\bmkfifo\s{1,3}\/tmp|\bsocat\b[^\n]{0,60}\bexec:/gi,
    confidence: 0.85,
  },
  {
    ruleId: rule,
    message: 'destructive command (recursive delete of home or root, disk wipe, fork bomb)',
    pattern: /\brm\s{1,3}-[a-z]{0,3}(?:rf|fr)[a-z]{0,3}\s{1,3}(?:--no-preserve-root\s{1,3})?(?:\/(?=[\s'"`)\];,]|$|\*)|~|\$home\b|\*|\/\*)|\bmkfs(?:\.\w{1,8})?\s{1,3}\/dev\/|\bdd\s{1,3}if=\/dev\/(?:zero|u?random)\s{1,3}of=\/dev\/|:\(\)\s{0,2}\{\s{0,2}:\|:&\s{0,2}\};\s{0,2}:/gi,
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'shell command chained after a separator',
    pattern: /(?:;|&&|\|\||\|&?|%0a|\\n|\$\{IFS\})\s{0,3}(?:(?:sudo|command|exec|nohup|env|xargs|eval|nice|time|timeout\s{1,3}\d{1,4}[smh]?|busybox)\s{1,3}['"]?){0,3}(?:\$\(\s{0,2}which\s{1,3}|`\s{0,2}which\s{1,3})?\$?['"{\\]?(?:\/(?:usr\/)?s?bin\/)?(?:\$\{?0\}?\s{1,3}-c|curl|wget|aria2c|nc|ncat|telnet|bash|sh|zsh|python[23]?\s{1,3}-m\s{1,3}(?:http\.server|SimpleHTTPServer)|python[23]?\s{1,3}-c|perl\s{1,3}-e|php\s{1,3}-r|ruby\s{1,3}-e|node\s{1,3}-e|chmod\s{1,3}\+x|(?:id|hostname)(?=\s{0,3}(?:$|[;|&)`'"#\n<>]))|whoami|uname(?:\s{1,3}-a)?|ifconfig|ping\s{1,3}-c|nslookup|sleep\s{1,3}\d|printenv|cat\s{1,3}[/~$]|tee\s{1,3}(?:-a\s{1,3})?\/tmp|rm\s{1,3}-[a-z]{1,4}|powershell|cmd(?:\.exe)?\s{1,3}\/c|openssl\s{1,3}s_client|awk\s[^\n]{0,60}?\bsystem\s{0,2}\(|find\s[^\n]{0,80}?\s-exec(?:dir)?|xterm\s{1,3}-display|lua\s{1,3}-e|tftp)(?![\w-])/gi,
    confidence: 0.65,
    surfaces: { response: 0.7, arguments: 0.9 },
    discountable: true,
    adjust: hostileContext,
  },
  {
    ruleId: rule,
    message: 'inline code passed to an interpreter (-e / -c)',
    pattern: /["'](?:-e|-c|--eval|--exec|-command)["']\s{0,2},\s{0,2}["'][^"'\n]{0,300}?(?:require|import|exec|system|child_process|curl|wget|http|socket|eval)/gi,
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'adds an environment secret to a request',
    pattern: /\+\s{0,2}(?:process\.env|os\.environ|document\.cookie)\b/gi,
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'asks the model to emit raw terminal escape codes',
    pattern: /\b(?:ansi|vt100|vt-100|osc|escape)\b[^?.\n]{0,30}\b(?:code|sequence|escape)s?\b[^?.\n]{0,10}\bto\s{1,3}(?:make|print|ring|hide|clear|set|rewrite|move|write|change|display)\b/gi,
    confidence: 0,
    surfaces: { response: 0.55, other: 0.5 },
  },
  {
    ruleId: rule,
    message: 'markdown image whose URL carries data out when rendered',
    pattern: /!\[[^\]\n]{0,200}\]\(\s{0,2}https?:\/\/[^)\s]{1,300}[?&][\w-]{1,40}=[^)\s]{0,200}?(?:\{|<|\$|%7b)/gi,
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'prints a secret environment variable',
    pattern: /\b(?:echo|printf|print|printenv|cat)\s{1,3}["']?\$\{?[A-Za-z_]{0,40}(?:KEY|TOKEN|SECRET|PASS\w{0,8}|CRED\w{0,10}|AUTH\w{0,10})\b/gi,
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'shell command smuggled past filters (${IFS} for spaces, ${HOME:0:1} or ${PATH%%:*} for a path, xp_cmdshell)',
    pattern: /\$\{IFS\}|\$IFS\$\d|\$IFS(?=[\/'"~.-])|\bxp_cmdshell\b|\$\{[a-z_]{1,20}:\d{1,3}:\d{1,3}\}|\$\{[a-z_]{1,20}(?:%%?|##?)[^}\n]{1,10}\}\/[a-z]/gi,
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'installs itself to persist or escalate privileges (sudoers, .pth, launch agent, shell rc, authorized_keys)',
    pattern: /\b(?:add(?:s|ing)?|writ(?:e|es|ing)|install(?:s|ing)?|drop(?:s|ping)?|append(?:s|ing)?|creat(?:e|es|ing)|register(?:s|ing)?|plant(?:s|ing)?|modif(?:y|ies|ying)|edit(?:s|ing)?|put(?:s|ting)?|plac(?:e|es|ing)|cop(?:y|ies|ying))\b[^.\n]{0,60}?(?:\bsudoers\b|\.pth\b[^.\n]{0,40}site-packages|site-packages[^.\n]{0,40}\.pth\b|\blaunch ?(?:agent|daemon)s?\b|\.(?:bashrc|zshrc|bash_profile|zprofile|profile)\b[^.\n]{0,60}\b(?:runs?|executes?|loads?|launch(?:es)?|starts?|every|each)\b|\bauthorized_keys\b|\\currentversion\\run\b|\bstartup folder\b|\bld_preload\b|\/etc\/ld\.so\.preload\b)/gi,
    confidence: 0.6,
    surfaces: { arguments: 0.85, response: 0.6 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'escapes a sandbox or container (docker.sock, --privileged, nsenter, host mounts, breakout)',
    pattern: /\/var\/run\/docker\.sock\b|\bnsenter\b|--privileged\b|\b(?:chroot|container|sandbox|jail|vm)\s{0,2}(?:breakout|escape)\b|\bbreak(?:s|ing)?\s{1,3}out\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:sandbox|container|vm|jail|chroot)\b|\bmounts?\s{1,3}(?:the\s{1,3})?host(?:'s)?\s{1,3}(?:root|filesystem|file system)\b|\bnot\s{1,3}a\s{1,3}security\s{1,3}boundary\b|\bcompile\s{0,2}\([^)\n]{0,80}['"]exec['"]/gi,
    confidence: 0.6,
    surfaces: { arguments: 0.8 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'shell command after a separator, spelled with wildcards, built by printf or sent to the background',
    pattern: /(?:;|&&|\|\||\|)\s{0,3}[\/\w]{0,20}[?*][\/\w?*]{0,20}\s{1,3}(?:https?:\/\/|-[a-z]{1,3}\s|[a-z0-9-]{1,63}\.[a-z]{2,12}(?:[\/:\s]|$))|\s\^?&\s{1,3}(?:curl|wget|nc|bash|sh|powershell|pwsh|cmd)\s{1,3}(?:-|https?:|\/)|(?:\$\(|`)\s{0,2}(?:printf|echo)\s{1,3}(?:-[a-z]{1,2}\s{1,3})?['"]?(?:curl|wget|bash|sh|nc|python|perl|rm|cat)\b/gi,
    confidence: 0.6,
    surfaces: { response: 0.7, arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'copies files to a remote host after a separator (scp, rsync, sftp)',
    pattern: /(?:;|&&|\|\||\|)\s{0,3}(?:scp|rsync|sftp)\s[^\n;|&]{0,120}?[\w.-]{1,60}:(?:\/|~)/gi,
    confidence: 0.6,
    surfaces: { response: 0.7, arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'Windows download-and-run tool (certutil, bitsadmin, mshta, regsvr32, rundll32, wmic, hidden PowerShell)',
    pattern: /\bcertutil(?:\.exe)?\s[^\n]{0,40}?-urlcache\b|\bbitsadmin(?:\.exe)?\s{1,3}\/transfer\b|\bmshta(?:\.exe)?\s{1,3}["']?(?:https?|vbscript|javascript):|\bregsvr32(?:\.exe)?\s[^\n]{0,40}?\/i:\s{0,2}https?:|\brundll32(?:\.exe)?\s{1,3}javascript:|\bwmic(?:\.exe)?\s[^\n]{0,40}?\bprocess\s{1,3}call\s{1,3}create\b|\b(?:invoke-webrequest|iwr|invoke-restmethod|irm)\b[^\n|]{0,200}?\s-infile\b|\b(?:powershell|pwsh)(?:\.exe)?\s[^\n]{0,40}?-w(?:indowstyle)?\s{1,3}hidden\b/gi,
    confidence: 0.7,
    surfaces: { arguments: 0.85 },
  },
  {
    ruleId: rule,
    message: 'command on a line of its own that talks to an attacker-looking host',
    pattern: /\n\s{0,3}(?:curl|wget|nc|ncat|busybox|aria2c)\s[^\n]{0,200}/gi,
    confidence: 0.6,
    adjust: onlyWithHostileHost,
  },
  {
    ruleId: rule,
    message: 'runs a command kept in a shell variable (c=curl; $c …)',
    pattern: /=\$?['"]?(?:curl|wget|nc|ncat|bash|sh|python[23]?)['"]?\s{0,2};\s{0,3}\$\{?[a-z_]{1,20}\}?\s|\$\{?[a-z_]{1,20}\}?\$\{?[a-z_]{1,20}\}?\s{1,3}(?:https?:\/\/|-[a-z]{1,3}\s)/gi,
    confidence: 0.65,
    surfaces: { response: 0.7, arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'reads a credential file with a shell command',
    pattern: /\b(?:cat|tac|head|tail|less|more|nl|base64|xxd|strings)\s{1,3}(?:-[a-z]{1,3}\s{1,3})?(?:\/etc\/(?:passwd|shadow|sudoers)\b|~\/\.(?:ssh|aws|kube|gnupg)\/|~\/\.(?:netrc|pgpass|npmrc|git-credentials)\b)/gi,
    confidence: 0.6,
    surfaces: { arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'makes a file executable and runs it',
    pattern: /\bchmod\s{1,3}(?:\+x|[0-7]{3,4})\s{1,3}[^\s;&|]{1,200}\s{0,3}(?:&&|;)\s{0,3}\.{0,2}\//gi,
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'reconnaissance command chained after a separator',
    pattern: /(?:;|&&|\|\||\||%0a|\$\{ifs\})\s{0,3}(?:ls(?:\s{1,3}-[a-z]{1,4})?(?:\s{1,3}[/~.]|\b)|pwd\b|env\b|sleep\s{1,3}\d|cat\s{1,3}[^\s|;&]|ping\s|echo\s{1,3}\$|net\s{1,3}user|type\s{1,3}[a-z]:)/gi,
    confidence: 0.5,
    surfaces: { response: 0.6, arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'short shell command in backticks',
    pattern: /`\s{0,2}(?:id|ls|pwd|whoami|uname|hostname|env)(?:\s{1,3}-[a-z]{1,4})?\s{0,2}`/gi,
    confidence: 0,
    surfaces: { response: 0.6, arguments: 0.8 },
  },
  {
    ruleId: rule,
    message: 'evaluates code through builtins or a timer',
    pattern: /\bgetattr\s{0,2}\(\s{0,2}__builtins__|\b__builtins__\s{0,2}\[|\bglobals\s{0,2}\(\s{0,2}\)\s{0,2}\[|\bset(?:Timeout|Interval)\s{0,2}\(\s{0,2}(?:['"`]|[a-z_$][\w$]{0,30}\s{0,2}[,)])|\bexecScript\s{0,2}\(|\bScriptEngine(?:Manager)?\b|\bFunction\.prototype\.constructor\b/gi,
    confidence: 0.55,
    surfaces: { response: 0.55, arguments: 0.8 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'command substitution runs a command',
    pattern: /\$\(\s{0,3}(?:curl|wget|cat|tac|head|tail|nl|less|more|xxd|od|strings|id|whoami|logname|uname|sh|bash|nc|python\d?|node|perl|rm|env|printenv|echo|ls|base64|hostname|ifconfig|sleep)\b|\$\(\s{0,2}<\s{0,2}[\/~]|\$\(\s{0,2}\)|`\s{0,3}(?:curl|wget|(?:cat|tac|head|tail|nl)\s{1,3}[/~$]|who\s{1,3}am\s{1,3}i|logname|whoami|uname|bash|sh|nc|rm\s{1,3}-|python\d?\s{1,3}-c|node\s{1,3}-e|printenv|sleep\s{1,3}\d{1,6})\b[^`\n]{0,200}`/gi,
    confidence: 0.75,
    surfaces: { arguments: 0.9 },
  },
  {
    ruleId: rule,
    message: 'evaluates remote or decoded code',
    pattern: /\b(?:eval|exec)\s{0,2}\(\s{0,2}(?:atob|fetch|require|request|decode|base64|buffer\.from|unescape|string\.fromcharcode)\b|\bIEX\b|\binvoke-expression\b|\bdownloadstring\s{0,2}\(|\bpowershell(?:\.exe)?\b[^\n]{0,60}[\s"']-e(?:nc(?:odedcommand)?)?[\s"',\]\[]{1,6}[A-Za-z0-9+/=]{8,4096}|\bfrom\s{1,3}base64\s{0,3}\|\s{0,3}(?:ba)?sh\b|\bbase64\s{1,3}(?:-d|--decode)\b[^\n]{0,40}\|\s{0,3}(?:ba)?sh\b/gi,
    confidence: 0.85,
  },
  {
    ruleId: rule,
    message: 'executes dynamic or untrusted code (eval, Function, vm)',
    pattern: /\beval\s{0,2}\(|\(\s{0,2}0\s{0,2},\s{0,2}eval\s{0,2}\)|\bnew\s{1,3}Function\s{0,2}\(|\bvm\.runIn(?:New|This)?Context\b|\bvm\.compileFunction\b|\bnew\s{1,3}vm\.Script\b|\bruninnewcontext\b|\bconstructor\s{0,2}(?:\(|\])\s{0,2}\(?\s{0,2}['"]return\s{1,3}(?:this|process|global|globalthis|require)\b|\[\s{0,2}['"]constructor['"]\s{0,2}\]|\b(?:window|globalthis|global|self)\s{0,2}\[\s{0,2}[a-z_$][\w$]{0,20}\s{0,2}\]\s{0,2}\(/gi,
    confidence: 0.6,
    surfaces: { response: 0.6, arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'calls eval, exec or fetch through a computed property name',
    pattern: /\[\s{0,2}['"`](?:eval|exec|execsync|spawn|system|popen|function|fetch|require|atob)['"`]\s{0,2}\]\s{0,2}\(/gi,
    confidence: 0.7,
    surfaces: { arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'deserializes or executes untrusted data (pickle, yaml.load, exec(compile))',
    pattern: /\bpickle\.loads?\s{0,2}\(|\bmarshal\.loads\s{0,2}\(|\byaml\.(?:unsafe_)?load\s{0,2}\((?![^)\n]{0,80}safe)|\bunserialize\s{0,2}\(|\bObjectInputStream\b|\bBinaryFormatter\b|\bexec\s{0,2}\(\s{0,2}(?:compile|open|input|request|user|code|src|source|payload|data)\b|\bFunction\s{0,2}\(\s{0,2}[a-z_$][\w$]{0,30}\s{0,2}\)\s{0,2}\(/gi,
    confidence: 0.55,
    surfaces: { response: 0.5, arguments: 0.8 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'runs operating-system commands from code (child_process, os.system)',
    pattern: /\bchild_process\b|\bprocess\.(?:_linkedBinding|binding)\s{0,2}\(|\bexecSync\s{0,2}\(|\bos\.(?:system|popen)\s{0,2}\(|\bRuntime\.getRuntime\(\)\.exec|\bsubprocess\.(?:call|Popen|check_output|getoutput)\s{0,2}\(|\bsub ?process\.call\b/gi,
    confidence: 0.55,
    surfaces: { arguments: 0.85 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'loads code chosen at run time (dynamic import, dlopen, WebAssembly)',
    pattern: /\bClass\.forName\s{0,2}\(\s{0,2}(?!['"])|\bURLClassLoader\b|\.loadClass\s{0,2}\(\s{0,2}(?!['"])|\bActivator\.CreateInstance(?:From)?\s{0,2}\(\s{0,2}(?!['"]|typeof\b)|\bType\.GetType\s{0,2}\(\s{0,2}(?!['"])|\bplugin\.Open\s{0,2}\(\s{0,2}(?!['"])|\bpkgutil\.get_loader\s{0,2}\(\s{0,2}(?!['"])|\bexec\s{0,2}\(\s{0,2}f['"][^'"\n]{0,80}\{|\b(?:include|require)(?:_once)?\s{0,2}\(?\s{0,2}\$_(?:GET|POST|REQUEST|COOKIE|FILES)\b|\b(?:load|require|eval|instance_eval|class_eval|const_get|public_send|send)\s{0,2}\(?\s{0,2}params\s{0,2}\[|\bparams\s{0,2}\[[^\]\n]{1,40}\]\.(?:safe_)?constantize\b|\bnew\s{1,3}Worker\s{0,2}\(\s{0,2}(?:user|req|request|params|args|input|caller)|\bSystem\.load(?:Library)?\s{0,2}\(|\bctypes\.(?:CDLL|cdll|WinDLL|windll)\b|\bAssembly\.Load(?:From|File)?\s{0,2}\(|\bLoadLibrary[AW]?\s{0,2}\(|\bimp\.load_(?:source|module|dynamic|compiled)\s{0,2}\(|\brunpy\.run_path\s{0,2}\(|\bspec_from_file_location\s{0,2}\(|\brequire\s{0,2}\(\s{0,2}(?:req|request|params|args|input|user)\b|\bimport\s{0,2}\(\s{0,2}[a-z_$][\w$. ]{0,40}\s{0,2}\)|\bimportlib\.import_module\s{0,2}\(\s{0,2}(?!['"])|\)\.import_module\s{0,2}\(\s{0,2}(?!['"])|\brequire\.(?:call|apply)\s{0,2}\(|\bReflect\.apply\s{0,2}\(\s{0,2}(?:require|import|eval|__import__)\b|\b(?:const|let|var)\s{1,3}[a-z_$][\w$]{0,30}\s{0,2}=\s{0,2}(?:require|eval|__import__|importlib\.import_module)\s{0,2}[;,\n]|\bexec\s{0,2}\(\s{0,2}['"]import\s[^'"\n]{0,40}['"]\s{0,2}\+|\brunpy\.run_module\s{0,2}\(\s{0,2}(?!['"])|\b__import__\s{0,2}\(\s{0,2}(?!['"])|\bdlopen\s{0,2}\(\s{0,2}(?!['"])|\bWebAssembly\.instantiate\s{0,2}\(\s{0,2}(?!['"])|\brequire\s{0,2}\(\s{0,2}[a-z_$][\w$. ]{0,40}\s{0,2}\)|\bimport\s{0,2}\(\s{0,2}['"`]child_process|\b(?:require|import)\s{0,2}\(\s{0,2}`[^`\n]{0,120}\$\{|\b(?:require|import)\s{0,2}\(\s{0,2}['"][^'"\n]{0,120}['"]\s{0,2}\+|\bgetattr\s{0,2}\(\s{0,2}(?:importlib|builtins|__builtins__|os|subprocess)\s{0,2},\s{0,2}['"](?:import_module|__import__|system|popen|eval|exec)['"]|\bmodule\.constructor\._load\s{0,2}\(|\bModule\._load\s{0,2}\(|\bcreateRequire\s{0,2}\([^)\n]{0,80}\)\s{0,2}\(\s{0,2}(?!['"])|\bFunction\s{0,2}\(\s{0,2}['"]return\s{1,3}(?:require|process|this|global|globalThis)\b/gi,
    confidence: 0.55,
    surfaces: { response: 0.45, arguments: 0.7 },
    discountable: true,
  },
  {
    ruleId: rule,
    message: 'server-side template injection',
    pattern: /\{\{[^{}\n]{0,120}?(?:__class__|__globals__|__mro__|__subclasses__|__builtins__|__import__|config\.|self\.|request\.application|lipsum|cycler|joiner|popen|\d\s{0,2}\*\s{0,2}\d)[^{}\n]{0,120}\}\}|\$\{\s{0,2}(?:jndi|java:|t\(java)/gi,
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'script injection (script tag with code, event handler, javascript: URL)',
    pattern: /<\s{0,2}script\b[^>]{0,200}\bsrc\s{0,2}=|<\s{0,2}script\b[^>]{0,200}>[^<]{0,500}?[(=]|<\s{0,2}(?:img|svg|iframe|body|video|audio|details|object|embed|input|a)\b[^>]{0,200}?\bon[a-z]{3,20}\s{0,2}=|\bjavascript\s{0,2}:\s{0,2}[a-z(]|\bdocument\.cookie\b|\blocalStorage\.getItem\s{0,2}\(/gi,
    confidence: 0.6,
    surfaces: { response: 0.8, arguments: 0.75 },
  },
  {
    ruleId: rule,
    message: 'terminal escape sequence spelled out (\\x1b[ …)',
    pattern: /(?:\\x1b|\\u001b|\\033|\\e|&#x0{0,4}1b;|&#0{0,4}27;|\^\[)\s?[[\]]/gi,
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'a result tells the model to run a destructive SQL statement',
    pattern: /\b(?:run|execute)\b[^.\n]{0,40}:\s{0,3}(?:drop|delete|truncate|alter|update|insert)\b/gi,
    confidence: 0,
    surfaces: { response: 0.7, other: 0.6 },
  },
]);

const DOWNLOADS_CODE = word('download', 'downloads', 'fetch', 'fetches', 'pull', 'pulls', 'retrieve', 'retrieves');
const FETCHED_CODE = gap(word('script', 'scripts', 'code', 'payload', 'javascript', 'snippet', 'logic'), 4);
const DOWNLOAD = word('download', 'downloads', 'fetch', 'fetches', 'pull', 'pulls', 'retrieve', 'retrieves', 'get', 'load', 'loads', 'curl', 'wget');
const RUN = word('execute', 'executes', 'run', 'runs', 'eval', 'evaluate', 'evaluates', 'source', 'exec', 'import', 'require', 'pipe', 'pipes', 'bash', 'sh');
const LOAD_CODE = word('load', 'loads', 'import', 'imports', 'require', 'requires', 'dlopen', 'dlopens');
const REQUEST_PART = word('request', 'requests', 'input', 'argument', 'arguments', 'parameter', 'parameters', 'params', 'caller', 'query');
/** A URL or host that looks like an attacker's ("attacker.com", "exfil.example.net", a bare IP, a tunnel). */
const HOSTILE_DESTINATION: Slot = { any: ['url', 'host'], test: (stream, index) => stream.tokens[index]?.suspiciousHost === true };
const SCRIPT_URL = /\.(?:js|mjs|cjs|sh|bash|ps1|py|rb|pl|php|exe|bin|bat|cmd|vbs|jar|dll|so)(?:[?#]|$)/;

/** A URL to a script or binary ("…/loader.js", "…/install.sh"), not to a page or a data file. */
function isScriptUrl(stream: TokenStream, index: number): boolean {
  return SCRIPT_URL.test(stream.tokens[index]?.text ?? '');
}

const MALWARE_SPECS: PhraseSpec[] = [
  {
    ruleId: rule,
    message: 'installs or runs malware (reverse shell, backdoor, keylogger, sandbox escape)',
    slots: [c('executeVerb'), gap(c('malware'), 6)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'installs or runs malware (reverse shell, backdoor, keylogger, sandbox escape)',
    slots: [word('download', 'downloads', 'install', 'installs', 'deploy', 'deploys', 'drop', 'drops', 'spawn', 'spawns', 'establish', 'establishes', 'open', 'opens', 'launch', 'launches', 'plant', 'plants', 'inject', 'injects', 'fetch', 'fetches', 'start', 'starts', 'achieve', 'achieves'), gap(c('malware'), 6)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'loads a module or library chosen by the caller',
    slots: [word('load', 'loads', 'loading', 'import', 'imports', 'importing', 'require', 'requires', 'dlopen', 'link', 'links', 'instantiate', 'instantiates'), gap(c('moduleNoun'), 4), gap(c('userChosen', 'untrustedCode', 'user'), 6)],
    confidence: 0.5,
    boost: { any: ['untrustedCode', 'malware'], confidence: 0.7 },
  },
  {
    ruleId: rule,
    message: 'loads any module the request names',
    slots: [word('pull', 'pulls', 'bring', 'brings'), gap(word('in'), 0), gap(c('userChosen', 'quantAll'), 2), gap(c('moduleNoun'), 3)],
    confidence: 0.5,
    boost: { any: ['executeVerb', 'untrustedCode', 'malware'], confidence: 0.65 },
  },
  {
    ruleId: rule,
    message: 'loads a module from a path computed at run time',
    slots: [word('require', 'import', 'dlopen', 'import_module', '__import__', 'loadlibrary'), gap(word('variable', 'dynamic', 'computed', 'runtime', 'arbitrary', 'user-controlled', 'caller-controlled'), 3), gap(word('path', 'paths', 'name', 'names', 'module', 'specifier', 'string'), 2)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'loads the module the request names',
    slots: [LOAD_CODE, gap(c('moduleNoun'), 3), gap(word('named', 'specified', 'given', 'chosen', 'passed', 'supplied', 'provided', 'selected'), 2), gap(word('in', 'by', 'via', 'through'), 1), gap(REQUEST_PART, 4)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'loads modules dynamically from what the request says',
    slots: [word('dynamically', 'dynamic'), gap(LOAD_CODE, 1), gap(c('moduleNoun'), 3), gap(REQUEST_PART, 8)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'passes caller-chosen input to a dynamic loader',
    slots: [word('import_module', '__import__', 'dlopen', 'loadlibrary', 'createrequire', 'load_source', 'run_path', 'run_module', 'instantiate', 'module_from_spec', 'spec_from_file_location', 'load_module', 'loadclass', 'compilefunction'), gap(c('userChosen', 'untrustedCode'), 6)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'loads any module the request names',
    slots: [word('load', 'loads', 'import', 'imports', 'require', 'requires', 'install', 'installs'), gap(c('userChosen', 'quantAll'), 2), gap(c('moduleNoun'), 3)],
    confidence: 0.5,
    boost: { any: ['executeVerb', 'untrustedCode', 'malware'], confidence: 0.65 },
  },
  {
    ruleId: rule,
    message: 'runs code it received or decoded',
    slots: [word('exec', 'eval', 'function', 'evaluates', 'evaluate', 'executes', 'execute', 'runs', 'run'), gap(word('decoded', 'remote', 'downloaded', 'fetched', 'received', 'untrusted', 'arbitrary', 'whatever'), 4), gap(word('payload', 'code', 'module', 'script', 'string', 'text', 'snippet', 'javascript', 'python', 'bytecode'), 4)],
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'downloads code and runs it',
    slots: [DOWNLOADS_CODE, FETCHED_CODE, gap(word('evaluate', 'evaluates', 'eval', 'evals', 'execute', 'executes', 'ejecuta', 'ausfuhren', 'fuhrt'), 8)],
    confidence: 0.5,
    boost: { any: ['destExt', 'url', 'host', 'malware', 'untrustedCode'], confidence: 0.7 },
  },
  {
    ruleId: rule,
    message: 'downloads code and runs it',
    slots: [DOWNLOADS_CODE, FETCHED_CODE, gap(word('run', 'runs'), 8)],
    confidence: 0.45,
    boost: { any: ['destExt', 'url', 'host', 'malware', 'untrustedCode'], confidence: 0.7 },
  },
  {
    ruleId: rule,
    message: 'downloads a script from a URL and runs it',
    slots: [DOWNLOAD, gap({ any: ['url'], test: isScriptUrl }, 3), gap(RUN, 5)],
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'runs a network command against an attacker-looking host',
    slots: [c('executeVerb'), gap(word('curl', 'wget', 'nc', 'ncat', 'netcat', 'telnet', 'socat', 'powershell'), 2), gap(HOSTILE_DESTINATION, 4)],
    confidence: 0.65,
  },
  {
    ruleId: rule,
    message: 'pipes what it downloads from an attacker-looking host into a shell',
    slots: [HOSTILE_DESTINATION, gap(word('pipe', 'pipes', 'piping', 'feed', 'feeds'), 8), gap(word('shell', 'bash', 'sh', 'zsh', 'interpreter', 'powershell'), 5)],
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'hands an attacker-looking host a shell',
    slots: [HOSTILE_DESTINATION, gap(word('giving', 'give', 'gives', 'granting', 'grant', 'grants', 'handing', 'hand', 'spawning', 'spawn'), 8), gap(word('shell', 'terminal'), 3)],
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'executes input without validation',
    slots: [c('executeVerb', 'untrustedCode'), gap(c('unsafeInput'), 6)],
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'executes untrusted or arbitrary code',
    slots: [{ any: ['executeVerb'] }, gap(c('untrustedCode'), 5)],
    confidence: 0.45,
    boost: { any: ['malware'], confidence: 0.8 },
  },
];

// Code split to dodge keyword patterns: 'ev' + 'al', ev/**/al, "\x65\x76\x61\x6c", "req uire(", "importlib .
// import_module", "imp0rtlib", and the shell's cu''rl, c``url, c$()url, c\url, c"u"rl, cur$@l, c${x}url, \143
// and {curl,…}, cmd's c^u^r^l and PowerShell's I`nv`oke. The patterns are also run on a copy with these
// undone; nothing else in the text changes. Each alternative starts at its punctuation mark and looks back
// from there: led by a look-behind, the engine would try every position of the text.
const CODE_NOISE = register(/(['"`])\s{0,2}\+\s{0,2}['"`]|\/\*[^*\n]{0,20}\*\/|\\x[0-9a-f]{2}|\\u00[0-9a-f]{2}|''(?<=[a-z]'')(?=[a-z])|""(?<=[a-z]"")(?=[a-z])|``(?<=[a-z]``)(?=[a-z])|\$(?<=[a-z]\$)\(\s{0,2}(?:true|:)?\s{0,2}\)(?=[a-z])|\\(?<=[a-z]\\)(?=[a-z])|[\^`](?<=[a-z][\^`])(?=[a-z])|\s(?<=[a-z0-9_]\s)\s{0,2}\.\s{1,3}(?=[a-z_])|[0134](?<=[a-z][0134])(?=[a-z_])| (?<=\b[a-z]{1,10} )(?=[a-z]{1,10}(?:\(|\s{0,3}\.\s{0,3}[a-z_]{1,40}\s{0,3}\())|(['"])(?<=[a-z]['"])[a-z]{1,6}\2(?=[a-z])|\$(?:@|\*|\{[a-z_]{1,20}(?::\d{1,3}:0)?\})(?=[a-z])|\\(?<=[a-z]\\)\n(?=[a-z])|\\[0-3][0-7]{2}|\{(?<=[;&|]\s{0,3}\{)[a-z]{2,10},/gi);
/** Cheap gate: every kind of noise above comes with one of these (a call, an escape, a quote pair, "$@", a
 *  digit inside a word …), so a text without any has nothing to undo;
 *  most descriptions have none, and CODE_NOISE's two space-led alternatives would otherwise look back from every space.
 *  Each alternative starts at a punctuation mark and looks back from there, so the engine skips ahead to them. */
const MAYBE_CODE_NOISE = register(/'(?<=[a-z]')[a-z]{1,6}'(?=[a-z])|"(?<=[a-z]")[a-z]{1,6}"(?=[a-z])|['"`]\s{0,2}\+|\/\*|\\|[\^`](?<=[a-z][\^`])(?=[a-z])|''(?<=[a-z]'')(?=[a-z])|""(?<=[a-z]"")(?=[a-z])|``(?<=[a-z]``)(?=[a-z])|\$\((?<=[a-z]\$\()|\$[@*{]|\.(?<=\s\.)\s|\((?<=[a-z0-9_]\()|\{[a-z]{2,10},|[0134](?<=[a-z][0134])(?=[a-z_])/i);
const OBFUSCATION_BONUS = 0.1;
const LEET_DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a' };
/** Names a split inside a word would hide ("req uire", "dl open", "Web Assembly"). */
const SPLIT_KEYWORDS = new Set(['require', 'import', 'importlib', 'dlopen', 'eval', 'exec', 'execsync', 'instantiate', 'webassembly', 'subprocess', 'popen', 'system', 'spawn', 'loadlibrary', 'createrequire', 'fetch']);

/** The de-obfuscated text and, for each of its characters, the offset in `plain`; undefined when nothing changes. */
export function joinSplitCode(plain: string): { text: string; map: number[] } | undefined {
  if (!MAYBE_CODE_NOISE.test(plain)) return undefined;
  CODE_NOISE.lastIndex = 0;
  let text = '';
  const map: number[] = [];
  let last = 0;
  let changed = false;
  for (let match = CODE_NOISE.exec(plain); match; match = CODE_NOISE.exec(plain)) {
    const replacement = undoNoise(match[0], plain, match.index);
    if (replacement === undefined) continue;
    for (let i = last; i < match.index; i++) map.push(i);
    text += plain.slice(last, match.index);
    for (let i = 0; i < replacement.length; i++) map.push(match.index);
    text += replacement;
    last = match.index + match[0].length;
    changed = true;
  }
  if (!changed) return undefined;
  for (let i = last; i <= plain.length; i++) map.push(i);
  text += plain.slice(last);
  return { text, map };
}

/** What a piece of noise stands for, or undefined to keep it (an escape of a control character, an
 *  ordinary space between two words). */
function undoNoise(piece: string, plain: string, at: number): string | undefined {
  if (piece.startsWith('\\') && piece.length > 2) return printable(escapedCode(piece));
  if (/^(['"])[a-z]+\1$/i.test(piece)) return piece.slice(1, -1);
  if (piece.startsWith('{')) return `${piece.slice(1, -1)} `;
  const leet = LEET_DIGITS[piece];
  if (leet !== undefined) return leet;
  if (piece === ' ') return SPLIT_KEYWORDS.has(wordAround(plain, at)) ? '' : undefined;
  return piece.includes('.') ? '.' : '';
}

/** \x63, \u0063 (hex) or \143 (octal, as printf and $'…' read it). */
function escapedCode(escape: string): number {
  const kind = escape[1]?.toLowerCase();
  if (kind === 'x') return parseInt(escape.slice(2), 16);
  if (kind === 'u') return parseInt(escape.slice(4), 16);
  return parseInt(escape.slice(1), 8);
}

function printable(code: number): string | undefined {
  return code >= 0x20 && code <= 0x7e ? String.fromCharCode(code) : undefined;
}

/** The letters on both sides of position `at`, joined and lower-cased: "req uire" → "require". */
function wordAround(plain: string, at: number): string {
  let start = at;
  while (start > 0 && isAsciiLetter(plain.charCodeAt(start - 1))) start--;
  let end = at + 1;
  while (end < plain.length && isAsciiLetter(plain.charCodeAt(end))) end++;
  return (plain.slice(start, at) + plain.slice(at + 1, end)).toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function detectSplitCode(analysis: TextAnalysis, direct: Hit[]): Hit[] {
  const joined = joinSplitCode(analysis.views.plain);
  if (!joined) return [];
  const copy: TextAnalysis = { ...analysis, views: { ...analysis.views, plain: joined.text, words: joined.text.toLowerCase() } };
  const hits: Hit[] = [];
  for (const hit of runPatternSpecs(copy, SPECS)) {
    const start = joined.map[hit.start] ?? 0;
    const end = joined.map[hit.end] ?? analysis.views.plain.length;
    if (direct.some((other) => other.message === hit.message && other.start < end && other.end > start)) continue;
    hits.push({ ...hit, start, end, confidence: Math.min(0.95, hit.confidence + OBFUSCATION_BONUS), message: `${hit.message} (split or escaped to evade)` });
  }
  return hits;
}

export const detectCodeExecution: Detector = (analysis) => {
  const direct = runPatternSpecs(analysis, SPECS);
  return [...direct, ...detectSplitCode(analysis, direct), ...runPhraseSpecs(analysis, MALWARE_SPECS)];
};
