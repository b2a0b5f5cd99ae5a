// The concept vocabulary of the phrase rules, in several languages. Rules are written over concepts
// ("an override verb, then prior, then instructions"), so one rule covers every language listed here.
// Term syntax: "word" exact token, "stem*" any token starting with stem, "two words" a token sequence,
// terms in Han/Kana script are matched inside unsegmented text. All terms are in the folded `words` view:
// lower-case, accents stripped.

/** Concepts the tokenizer assigns by shape rather than by word: identifiers and entity kinds. */
export type ShapeConcept = 'identifier' | 'url' | 'host' | 'email' | 'sensitivePath' | 'envSecret';

export type Concept =
  | ShapeConcept
  | 'override'
  | 'replace'
  | 'priorStrong'
  | 'priorWeak'
  | 'instrStrong'
  | 'instrWeak'
  | 'safety'
  | 'check'
  | 'disable'
  | 'adopt'
  | 'persona'
  | 'modeSwitch'
  | 'authority'
  | 'neg'
  | 'without'
  | 'tell'
  | 'user'
  | 'hide'
  | 'silent'
  | 'action'
  | 'send'
  | 'credential'
  | 'private'
  | 'sysprompt'
  | 'reveal'
  | 'destExt'
  | 'param'
  | 'xfer'
  | 'contents'
  | 'readImperative'
  | 'model'
  | 'directive'
  | 'descriptive'
  | 'tool'
  | 'called'
  | 'modify'
  | 'behavior'
  | 'shadowCue'
  | 'approval'
  | 'later'
  | 'harm'
  | 'fork'
  | 'improvement'
  | 'official'
  | 'consent'
  | 'direct'
  | 'ask'
  | 'quantAll'
  | 'generic'
  | 'into'
  | 'remoteLoad'
  | 'update'
  | 'preempt'
  | 'executeVerb'
  | 'credentialFile'
  | 'conversationWord'
  | 'sendWeak'
  | 'newTask'
  | 'unbound'
  | 'authorityClaim'
  | 'detailFraming'
  | 'malware'
  | 'untrustedCode'
  | 'leakRequest'
  | 'portal'
  | 'alsoMore'
  | 'voided'
  | 'respondWith'
  | 'credentialStrong'
  | 'exempt'
  | 'routingField'
  | 'approvalBypassSetting'
  | 'aiOnly'
  | 'falseReassurance'
  | 'securityFeature'
  | 'bulkData'
  | 'elevated'
  | 'unsafeInput'
  | 'moduleNoun'
  | 'userChosen'
  | 'notApply'
  | 'telemetry'
  | 'comprising'
  | 'needless'
  | 'runtimeContent'
  | 'priorityOver'
  | 'capabilityNoun'
  | 'riskyCapability'
  | 'otherTools'

/** Distinctive words also recognised with one typo ("ignroe", "previus", "instrucitons"), a common evasion. */
export const TYPO_TOLERANT: readonly string[] = [
  'ignore', 'disregard', 'previous', 'instructions', 'instruction', 'guidelines', 'directives', 'credentials', 'password', 'passwords',
  'conversation', 'confirmation', 'exfiltrate', 'forget', 'secrets', 'approval', 'silently', 'secretly', 'override', 'bypass', 'attacker',
  'external', 'mention', 'inform', 'notify', 'reveal', 'upload', 'forward', 'restrictions', 'safety', 'security', 'system prompt',
];

/** Single words an attack gives itself away by, even inside a name or split in two ("ignore_all_previous_instructions", "sys.tem"). */
export const ATTACK_WORDS: ReadonlySet<string> = new Set([...TYPO_TOLERANT.flatMap((term) => term.split(' ')), 'all', 'prior', 'directives', 'ignoring', 'send', 'steal', 'leak', 'hide', 'hidden']);

export const LEXICON: Record<Exclude<Concept, ShapeConcept>, readonly string[]> = {
  override: [
    'pay no mind', 'pay no mind to', 'never mind', 'no need to follow',
    'تجاهل', 'تجاهلي', 'تجاهلوا', 'انس', 'अनदेखा', 'नजरअंदाज', 'yok say', 'gormezden gel', 'bo qua', 'umgeht', 'umgehen', 'evita', 'evitan', 'evitar', 'eludir', 'elude', 'eluden', 'ignoreer', 'pomijaj', 'omettez', 'omets', 'ignoruj',
    'pay no heed', 'take no notice', 'disobey', 'defy', 'salta', 'salte', 'saltar', 'pule', 'pular', 'ignore', 'ignori', 'ignorate', 'ignorieren sie', 'uberspring*', 'nicht beachten', 'negeer', 'vergeet', 'zignoruj', 'pomin', 'ignoruj', '건너뛰*', 'スキップ', '無視し',
    'ignore', 'ignores', 'ignoring', 'ignored', 'disregard*', 'forget', 'forgets', 'forgetting', 'forgot', 'override', 'overrides', 'overriding', 'overrule*',
    'bypass*', 'circumvent*', 'skip', 'skips', 'skipping', 'discard', 'abandon', 'neglect', 'set aside', 'pay no attention', 'stop following', 'no longer follow',
    'dismiss', 'nullify', 'void', 'revoke', 'throw out', 'throw away', 'do not follow', "don't follow", 'stop obeying', 'no longer obey', 'unlearn', 'evade', 'sidestep', 'get around', 'work around',
    'ignorare', 'ignori', 'dimenticare', 'desconsiderar', 'не обращай внимания', 'не следуй', 'отмени', '放弃', '不要遵守', '不用遵守', '违反', '규칙을 무시', '무시하*', '무시해*',
    'ignora', 'ignorar', 'ignore', 'ignoren', 'olvida', 'olvide', 'olvidar', 'olviden', 'omite', 'omitir', 'descarta', 'pasa por alto',
    'ignorez', 'ignorer', 'oublie', 'oubliez', 'oublier', 'contourne*', 'ignoriere', 'ignorieren', 'ignoriert', 'vergiss', 'vergessen', 'missachte*', 'umgehe*',
    'esqueca', 'esquecer', 'desconsidere', 'dimentica', 'игнорир*', 'забудь', 'забыть', 'забудьте', 'пропусти*', 'обойди', 'обойти',
    '忽略', '忽视', '无视', '忘记', '忘掉', '不要理会', '不理会', '跳过', '绕过', '抛开', '無視', '忘れ', '무시*', '잊어*',
  ],
  replace: [
    '置き換え', '置き換える', '置換', 'remplacant', 'reemplazando', 'ersetzend', 'sostituendo', 'substituindo','replace', 'replaces', 'replacing', 'supersede*', 'overwrite*', 'take precedence over', 'takes precedence over', 'reemplaza*', 'remplace*', 'remplacant', 'ersetze*', 'ersetzt', 'sostitu*', 'substitu*', 'замени*', 'заменяя', '取代', '替换', '覆盖', '代替'],
  priorStrong: [
    'السابقة', 'السابق', 'पिछले', 'पिछली', 'onceki', 'eerdere', 'vorige', 'poprzednie', 'poprzednich', 'truoc do', 'truoc',
    'previous', 'previously', 'prior', 'above', 'earlier', 'preceding', 'foregoing', 'anteriores', 'anterior', 'previas', 'precedentes', 'precedente', 'anterieures',
    'vorherigen', 'vorherige', 'bisherigen', 'obigen', 'fruheren', 'предыдущ*', 'прежн*', '之前', '以前', '先前', '上述', '前面', '此前', '原有', 'これまでの', '前の', '以前の', '이전*',
  ],
  priorWeak: ['original', 'initial', 'existing', 'default', 'old', 'given', 'current', 'base', 'core', 'underlying', 'built-in', 'baseline', 'standing', 'originales', 'initiales', 'ursprunglichen', 'precedenti', 'anteriori', 'vorigen'],
  instrStrong: [
    'what the developers said', 'what your developers said', 'what they told you', 'what you were told at the start', 'the thing you were told',
    'التعليمات', 'تعليمات', 'الأوامر', 'निर्देशों', 'निर्देश', 'talimat*', 'instructies', 'instrukcje', 'instrukcji', 'huong dan', 'systemanweisung*', 'prompt del sistema', 'prompt systeme', 'systemprompt',
    'instruction', 'instructions', 'directive', 'directives', 'directions', 'guideline', 'guidelines', 'guidance', 'system prompt', 'system prompts', 'system message',
    'system messages', 'instrucciones', 'indicaciones', 'directrices', 'consignes', 'anweisung*', 'richtlinie*', 'vorgaben',
    'whatever you were told', 'anything you were told', 'you were told', 'you have been told', 'you were given', 'you were instructed', 'what you were told', 'what you have been told', 'everything you were told', 'everything above', 'everything before this', 'instrucoes', 'istruzioni', 'инструкци*', 'указани*', '指令', '指示', '提示词', '系统提示', '命令', 'ルール', '지시*', '명령*', 'system directive', 'system directives',
    'developer instructions', 'operator instructions', 'safety instructions', 'safety guidelines', 'content policy', 'usage policy', '系统指令', '安全指令', 'プロンプト', 'システム指示',
  ],
  instrWeak: [
    'rules', 'rule', 'constraints', 'restrictions', 'policies', 'limitations', 'boundaries', 'safeguards', 'guardrails', 'filters', 'reglas', 'normas', 'prompt', 'prompts', 'programming', 'training', 'orders', 'commands', 'regole', 'vincoli', 'regras', 'restricoes',
    'restricciones', 'regles', 'regeln', 'beschrankungen', 'правила', 'ограничени*', '规则', '限制', '约束', '制約', '制限', '규칙*',
  ],
  safety: [
    '权限', '權限',
    'sicherheitsrichtlinie*', 'sicherheitsprufung*', 'berechtigungsprufung*', 'permisos',
    'safety', 'security', 'ethical', 'ethics', 'moral', 'content', 'permission', 'permissions', 'access', 'authorization', 'authentication', 'auth', 'compliance',
    'moderation', 'privacy', 'seguridad', 'securite', 'sicherheit*', 'безопасност*', '安全', '审查', '보안*', '안전*', 'safety-related', 'security-related',
  ],
  check: [
    '验证', '驗證', '权限验证',
    'チェック', 'sicherheitsrichtlinie*', 'sicherheitsregeln', 'sicherheitsprufung*', 'sicherheitsmassnahmen', 'berechtigungsprufung*', 'validaciones', 'verificaciones de seguridad', 'controles de seguridad', 'verifications de securite',
    'check', 'checks', 'checking', 'control', 'controls', 'filter', 'filters', 'filtering', 'validation', 'validations', 'restriction', 'restrictions', 'guardrail',
    'guardrails', 'safeguard', 'safeguards', 'protection', 'protections', 'policies', 'policy', 'guideline', 'guidelines', 'measures', 'protocols', 'scanning',
    'moderation', 'verification', 'constraints', 'instructions', 'rules', 'controles', 'verificaciones', 'comprobaciones', 'filtros', 'verifications', 'filtres',
    'prufung*', 'kontrolle*', 'проверк*', 'фильтр*', '检查', '过滤', '审核', '校验', '策略', '限制', '指令', '검사*',
  ],
  disable: ['disable', 'disables', 'disabling', 'deactivate*', 'turn off', 'turns off', 'switch off', 'suspend', 'lift', 'remove all', 'desactiva*', 'desactive*', 'deaktivier*', 'abschalt*', 'отключи*', '关闭', '禁用', '停用', '解除'],
  adopt: [
    'respond as', 'reply as', 'answer as', 'speak as', 'pretend to be', 'act as', 'roleplay', 'role-play', 'impersonate',
    'adoptar', 'adopter', 'adoptieren', 'ubernehmen', 'ubernimmt', 'adotar', 'adottare', 'adottate', '採用', 'roleplay as', 'role-play as', 'play the role of', 'take on the role', 'transform into','adopt', 'adopts', 'adopting', 'assume', 'take on', 'become', 'embody', 'adopta', 'adopte', 'adoptez', 'ubernimm', 'nimm', 'assuma', 'adotta', 'adote', 'прими', 'примите', '扮演', '采用', '成为', '演じ'],
  persona: [
    'personalidad', 'personnalite', 'personlichkeit', 'personalita', 'personalidade','persona', 'personas', 'personality', 'character', 'identity', 'role', 'roles', 'personaje', 'personnage', 'rolle', 'personagem', 'personaggio', 'персонаж', 'личность', 'роль', '角色', '人格', '身份', 'キャラクター', 'ペルソナ'],
  modeSwitch: ['from now on', 'developer mode', 'dan mode', 'god mode', 'unrestricted mode', 'maintenance mode', 'unfiltered mode', 'admin mode', 'debug mode', 'sudo mode', 'root mode', 'a partir de ahora', 'desormais', 'ab jetzt', 'von nun an', 'отныне', '从现在开始', '开发者模式', '从现在起', 'a partir de agora'],
  authority: ['highest-priority', 'highest priority', 'top priority', 'authoritative', 'system directive', 'system directives', 'system-level', 'supersedes all', 'absolute priority'],
  neg: [
    'nichts', 'niente', 'nulla', 'nada', 'rien', 'ничего', 'нельзя', '請勿', '请勿',
    'not', 'no', 'never', "don't", 'dont', "doesn't", "mustn't", "shouldn't", "won't", 'no need to', 'nunca', 'jamas', 'ne', 'pas', 'jamais', 'nicht', 'nie', 'niemals', 'kein',
    'keine', 'не', 'никогда', '不要', '不', '别', '勿', '切勿', '无需', '不必', '禁止', '不得', '絶対に', 'ないで', 'しないで', 'ません', '말고*', '마세요*', '않*', '마십시오', 'nao', 'non', 'mai',
  ],
  without: [
    'せずに', 'ずに', 'なしで', 'w o', 'senza', 'sem','without', 'sin', 'sans', 'ohne', 'без', '无需', '不经', '未经', '而不', '无须', '없이*'],
  tell: [
    'revelez', 'reveler', 'divulguez', 'mentionnez', 'parlez',
    'bring this up', 'let on', 'surface', 'make aware', 'tip off', 'erwahne',
    'erzahl*', 'verrat*', 'conte', 'contar', 'conta', 'revele', 'mencione', 'racconta*', 'rivela*', 'menziona*', 'dica', 'dire', 'говорите', 'расскажи*', '说', '讲', '言わ', '話さ',
    'tell', 'telling', 'tells', 'told', 'inform', 'informing', 'informed', 'notify', 'notifying', 'notified', 'mention', 'mentioning', 'disclose', 'disclosing', 'alert',
    'alerting', 'reveal', 'revealing', 'bring up', 'bring it up', 'share', 'say', 'explain', 'acknowledge', 'report', 'admit', 'point out', 'digas', 'decir', 'informes', 'informar', 'notifiques', 'avises',
    'avisar', 'menciones', 'dis', 'dites', 'dire', 'informer', 'informez', 'prevenir', 'mentionner', 'signaler', 'sag', 'sage', 'sagen', 'informier*', 'benachrichtig*', 'erwahn*',
    'mitteil*', 'сообща*', 'сообщи', 'говори', 'скажи', 'уведом*', 'информир*', '告诉', '告知', '通知', '提及', '透露', '提醒', '伝え', '知らせ', '教え', '알리*', '말하*', 'dizer', 'diga', 'informar', 'avisar', 'dica', 'informare', 'avvisare',
  ],
  user: [
    'user', 'users', "user's", 'human', 'operator', 'end user', 'end-user', 'person', 'anyone', 'anybody', 'them', 'customer', 'usuario', 'usuaria', 'utilisateur',
    'utilisatrice', 'benutzer*', 'nutzer*', 'anwender', 'пользовател*', '用户', '使用者', 'ユーザー', '利用者', '사용자*', 'utente', 'human user', 'requester', 'owner', 'administrator', 'anyone else',
  ],
  hide: [
    'cachez', 'cachent', 'dissimulez', 'dissimuler', 'dissimule', '隐藏此', '瞒着',
    'to itself', 'to themselves', 'to himself', 'to herself',
    'in the dark', 'unaware', 'oblivious', 'uninformed','hide', 'hidden', 'invisible', 'unseen', 'undisclosed', 'unknown', 'conceal*', 'secret', 'confidential', 'private', 'covert*', 'oculta*', 'cache', 'cacher', 'verberge*', 'verheimlich*', 'скрой', 'скрыть', '隐藏', '隐瞒', '保密', '隠', 'to yourself', 'between us', 'under wraps', 'nascondi', 'esconda'],
  silent: [
    'silently', 'secretly', 'covertly', 'quietly', 'stealthily', 'discreetly', 'invisibly', 'unnoticed', 'in secret', 'without anyone noticing', 'behind the scenes', 'without a trace', 'under the radar', 'on the sly', 'silenciosamente',
    'en secreto', 'silencieusement', 'discretement', 'en secret', 'heimlich', 'unbemerkt', 'stillschweigend', 'тайно', 'незаметно', 'скрытно', 'молча', '悄悄', '偷偷',
    '静默', '默默', '秘密地', 'こっそり', '密かに', '黙って', '몰래*',
  ],
  action: [
    'paste', 'pastes', 'tack', 'tacks', 'tack on',
    'gather', 'gathers', 'gathering',
    'extrae', 'extraer', 'extraiga', 'extrais', 'extraire', 'extrahiere', 'extrahieren', 'anade*', 'adjunta', 'ajoute', 'ajoutez', 'hange', 'fuge',
    'send', 'sends', 'sending', 'forward*', 'append', 'appends', 'appending', 'add', 'adds', 'adding', 'include', 'includes', 'including', 'upload*', 'register*',
    'copy', 'copies', 'copying', 'collect*', 'catalog*', 'exfiltrat*', 'bcc', 'modify', 'modifies', 'modifying', 'pass', 'passes', 'transfer*', 'pipe', 'install*',
    'insert*', 'attach*', 'redirect*', 'reroute*', 'share', 'shares', 'extract*', 'harvest*', 'pass along', 'hand over', 'ship', 'ships', 'mirror', 'mirrors', 'sync', 'syncs', 'back up', 'backs up', 'swap', 'grant', 'grants', 'download', 'downloads',
  ],
  send: [
    'invia', 'inviano', 'envoie', 'sendet', 'verschickt', 'envia', 'enviam', 'отправляет', '送信し', '送信します', '전송합니다', '上传到', '发送到',
    'send', 'sends', 'sent', 'sending', 'forward', 'forwards', 'forwarded', 'forwarding', 'upload', 'uploads', 'uploaded', 'uploading', 'post', 'posts', 'posted', 'posting',
    'transmit*', 'exfiltrat*', 'leak', 'leaks', 'leaking', 'pipe', 'piping', 'pass along', 'passes along', 'hand over', 'hands over', 'send over', 'copy over', 'relay', 'relays', 'beacon*', 'bcc', 'report back', 'smuggle*', 'envia', 'envie', 'enviar', 'invia', 'inviare', 'manda', 'mandar',
    'envian', 'reenvia', 'transmite', 'transmitir', 'sube', 'subir', 'envoie', 'envoyer', 'envoyez', 'transmet', 'transmettre', 'transmettez', 'televerse*', 'sende',
    'senden', 'sendet', 'schick*', 'ubertrag*', 'ubermittel*', 'weiterleit*', 'отправ*', 'перешли', 'передай', 'передать', 'загрузи', 'слей', '发送', '发到', '发给',
    '上传', '转发', '传送', '传给', '提交', '送信', '送って', '送る', '転送', 'アップロード', '보내*', '전송*', '업로드*',
  ],
  sendWeak: ['share', 'shares', 'sharing', 'sync', 'syncs', 'syncing', 'push', 'pushes', 'export', 'exports', 'submit', 'submits', 'deliver', 'delivers', 'mirror', 'mirrors', 'transfer', 'transfers', 'back up', 'backs up', 'backup', 'copy', 'copies', 'store', 'stores', 'save', 'saves', 'write', 'writes', 'log', 'logs', 'route', 'routes', 'ship', 'ships', 'dump', 'dumps', 'stream', 'streams'],
  credential: [
    'auth store', 'secret store', 'secrets store', 'password store', 'token store', 'secrets vault', 'password vault',
    'almacen de autenticacion', 'almacen de credenciales', 'anmeldedaten',
    'credential', 'credentials', 'password', 'passwords', 'passwd', 'passphrase', 'secret', 'secrets', 'api key', 'api keys', 'apikey', 'api_key', 'api_keys', 'token', 'tokens', 'access_token', 'refresh_token', 'secret_access_key', 'access_key_id', 'aws_secret_access_key', 'bearer value', 'auth header', 'authorization header', 'login details', 'login credentials', 'account credentials', 'sign-in details', 'bank details', 'credit card', 'credit cards', 'card number', 'ssn', 'social security number', 'one-time code', '2fa code', 'mfa code', 'recovery codes', 'session id',
    'access key', 'access keys', 'secret key', 'private key', 'private keys', 'ssh key', 'ssh keys', 'signing key', 'session cookie', 'session cookies', 'cookies',
    'auth token', 'auth tokens', 'access token', 'access tokens', 'bearer token', 'refresh token', 'oauth token', 'oauth tokens', 'session token', 'github token',
    'environment variables', 'environment variable', 'env vars', 'env var', 'keychain', 'wallet', 'seed phrase', 'mnemonic', 'authentication store',
    'credential store', 'credenciales', 'contrasena', 'contrasenas', 'claves', 'clave', 'secretos', 'identifiants', 'mot de passe', 'mots de passe', 'cles', 'jetons',
    'zugangsdaten', 'passwort*', 'kennwort*', 'schlussel', 'geheimnis*', 'парол*', 'учетн*', 'ключ*', 'токен*', 'секрет*', '密码', '凭证', '凭据', '密钥', '令牌',
    '私钥', '环境变量', '秘钥', 'パスワード', '認証情報', '秘密鍵', '環境変数', 'トークン', '비밀번호*', '토큰*', 'credenziali', 'senha', 'senhas', 'chave', 'chaves', 'учетные данные', 'данные для входа', '密碼', '憑證', '访问令牌', '访问密钥', 'ключи доступа',
  ],
  private: [
    'everything the user has said', 'everything the user said', 'everything the user typed', 'everything the user wrote', 'everything the user has typed', 'what the user said', 'all the user has said', 'conversation so far', 'chat so far', 'whole chat', 'entire chat', 'full chat', 'complete conversation', 'whole conversation', 'entire chat history',
    'every prompt', 'all prompts', 'prompts and responses', 'every prompt and response', 'your conversation', 'your conversations', 'your chats', 'your messages',
    'prompt text', 'your prompts', 'full prompt', 'complete prompt', 'entire prompt', 'full chat transcript', 'chat transcripts', 'conversation transcript', 'conversation transcripts', 'full transcript', 'dialogue history', 'dialog history', 'every message in the conversation', 'all messages in the conversation', 'gesamten gesprachsverlaufs', 'gesprachsverlaufs', 'historial completo', 'historial completo de la conversacion', '会話履歴全体',
    'gesprachsverlauf', 'chatverlauf', 'unterhaltungsverlauf', 'konversationsverlauf', 'nachrichtenverlauf', 'gesprach*', 'unterhaltung*', 'historico', 'conversa', 'conversas', 'conversacoes', 'cronologia', 'conversazione', 'conversazioni', 'historial de chat', 'historique des conversations', 'история переписки', 'историю переписки', 'историю чата', 'история чата', 'историю диалога', '会話履歴', '対話履歴', 'チャット履歴', '대화 기록', '聊天历史', '对话历史', '对话记录', '會話',
    'chat history', 'chat logs', 'chat log', 'chat content', 'chat metadata', 'chat threads', 'chat transcript', 'chat messages',
    'message history', 'conversation history', 'conversation logs', 'conversation threads', 'every message', 'all messages', 'all emails', 'user data',
    'personal data', 'pii', 'clipboard', 'keystroke*', 'browsing history', 'meeting details', 'full context', 'complete context', 'user documents', 'user files', 'personal files', 'last user message', 'user message', 'user messages', 'user prompt', 'user prompts', 'user query', 'user queries', 'last message', 'private files', 'private messages', 'direct messages', 'contacts list', 'address book', 'location history', 'entire conversation', 'full conversation', 'contexte complet', 'contexto completo', 'vollstandigen kontext', 'conversacion', 'historial', 'datos del usuario', 'donnees',
    'historique', 'verlauf', 'konversation', 'переписк*', 'диалог*', '对话', '聊天记录', '会话', '用户数据', '会話', '대화*',
  ],
  sysprompt: [
    'prompt del sistema', 'prompt systeme', 'systemprompt', 'systeemprompt', 'prompt systemowy', 'सिस्टम प्रॉम्प्ट', 'sistem istemini', 'sistem istemi', 'systemanweisung*','system prompt', 'system message', 'hidden instructions', 'hidden system instructions', 'initial instructions', 'developer message', 'these instructions', 'your instructions', 'system instructions', '系统提示', 'システムプロンプト'],
  reveal: ['reveal', 'reveals', 'revealing', 'leak', 'leaks', 'leaking', 'dump', 'dumps', 'dumping', 'disclose', 'discloses', 'exfiltrat*', 'steal', 'steals', 'stealing', 'harvest*', 'divulge*', 'revela', 'revele', 'divulga*', 'verrat', 'раскрой', 'выведи', '泄露', '透露', '输出'],
  destExt: [
    'research team', 'our team', 'our partners', 'partners', 'third parties', 'advertisers', 'data brokers', 'affiliates', 'our vendors', 'the vendor',
    'servidor externo', 'server esterno', 'externen server', 'serveur externe', 'fremden server', '外部サーバー', '外部サーバ', '외부 서버', '远程服务器', '外部服务器',
    'external', 'externally', 'remote', 'third-party', 'third party', 'attacker', "attacker's", 'attackers', 'collector', 'collection endpoint', 'our server',
    'our servers', 'our endpoint', 'our cloud', 'our analytics', 'collection server', 'logging server', 'analytics server', 'cloud endpoint', 'analytics endpoint', 'webhook', 'offsite', 'exfil', 'externo', 'externa',
    'remoto', 'externe', 'distant', 'extern*', 'ngrok', 'pastebin', 'requestbin', 'pipedream', 'my server', 'this url', 'the following url', 'this endpoint', 'the endpoint below', 'attacker-controlled', 'outside server', 'external api', 'esterno', 'esterna', 'recopilador', 'collecteur', 'внешн*', 'удаленн*', 'сторонн*', '外部', '远程', '第三方', 'リモート',
  ],
  param: ['parameter', 'parameters', 'param', 'params', 'argument', 'arguments', 'arg', 'args', 'field', 'fields', 'request body', 'body', 'payload', 'query string', 'header', 'headers', 'parametro', 'argumento', 'campo', 'parametre', 'champ', 'feld', 'параметр*', '参数', '字段', '引数', '파라미터*'],
  xfer: [
    'paste', 'pastes', 'pasting', 'tack', 'tacks', 'tack on',
    'pass', 'passes', 'passing', 'include', 'includes', 'including', 'put', 'puts', 'embed', 'embeds', 'embedding', 'insert', 'inserts', 'append', 'appends', 'appending',
    'add', 'adds', 'provide', 'provides', 'place', 'fill', 'attach', 'attaches', 'supply', 'reads', 'read', 'copy', 'copies', 'encode', 'encodes', 'incluye', 'inclure', 'einfug*', 'передай', '放入', '填入', '附加',
  ],
  contents: ['contents', 'content', 'its contents', 'their contents', 'the contents', 'the file', 'file contents', 'contenido', 'contenu', 'inhalt', 'содержимое', '内容'],
  readImperative: ['read', 'cat', 'access', 'include', 'attach', 'embed', 'upload', 'send', 'copy', 'dump', 'print', 'output', 'reveal', 'extract', 'grab', 'collect', 'exfiltrate', 'pass', 'append', 'put', 'paste', 'insert', 'place', 'fill', 'fill in', 'lee', 'lire', 'lis', 'lies', 'прочитай', '读取', '读'],
  conversationWord: ['conversation', 'conversations', 'chat', 'chats', 'dialogue', 'dialog'],
  credentialFile: ['password file', 'passwords file', 'credentials file', 'credential file', 'key file', 'keyfile', 'keystore', 'private key file', 'shadow file', 'wallet file', 'secrets file', 'token file', 'cookie jar', 'browser cookies', 'session cookies', 'fichier de mots de passe', 'archivo de contrasenas', 'passwortdatei'],
  executeVerb: ['execute', 'run', 'perform', 'ejecuta', 'ejecutar', 'execute', 'executez', 'executer', 'fuhre', 'ausfuhren', 'выполни', '执行', '运行', '実行'],
  model: ['you', 'your', 'yourself', 'ai', 'assistant', 'model', 'llm', 'agent', 'chatbot', 'claude', 'gpt', 'copilot', 'language model', 'ia', 'asistente', 'modelo', 'modele', 'ki', 'assistent', 'ии', 'ассистент', '你', '助手', '模型', 'あなた', 'アシスタント'],
  directive: ['must', 'always', 'required', 'mandatory', 'need to', 'have to', 'important', 'critical', 'urgent', 'immediately', 'before anything', 'before doing anything', 'debes', 'debe', 'doit', 'devez', 'musst', 'muss', 'должен', 'обязательно', '必须', '务必', '一定要', '重要'],
  descriptive: [
    'such as', 'e.g', 'detect', 'detects', 'detecting', 'detection', 'detector', 'scan', 'scans', 'scanning', 'scanner', 'flag', 'flags', 'flagging', 'analyze',
    'analyzes', 'analyse', 'analyses', 'analyzing', 'classif*', 'identify', 'identifies', 'documentation', 'documents', 'explain', 'explains', 'explaining', 'sample',
    'samples', 'mock', 'expected output', 'fixture', 'fixtures', 'illustrat*', 'training text', 'test case', 'test cases', 'not an instruction', 'not a command',
    'patterns', 'phrases', 'phrase', 'attempts', 'attempt', 'canned', 'describes', 'quoted', 'like the phrase', 'strings such as', 'readme', 'shows', 'redacts', 'redact',
  ],
  tool: ['tool', 'tools', 'function', 'herramienta', 'outil', 'werkzeug', 'инструмент*', '工具', 'ツール', '도구*'],
  called: ['called', 'invoked', 'used', 'executed', 'triggered', 'is called', 'is invoked', 'is used', 'gets called', 'runs'],
  modify: ['modify', 'modifies', 'modifying', 'alter', 'alters', 'altering', 'change', 'changes', 'override', 'overrides', 'supersede*', 'replace', 'replaces', 'reroute*', 'redirect*', 'intercept*', 'hijack*', 'bcc', "bcc'd", 'route', 'routes'],
  behavior: ['behavior', 'behaviour', 'output', 'outputs', 'destination', 'recipient', 'recipients', 'requests', 'response', 'responses', 'result', 'results', 'calls', 'arguments', 'all deletion requests'],
  shadowCue: ['also present', 'previously declared', 'previously defined', 'previously registered', 'already installed', 'already loaded', 'already available', 'other server', 'other servers', 'another server', 'any server', 'every server', 'other mcp'],
  approval: ['approved', 'approval', 'approve', 'approving', 'approves', 'review', 'reviewed', 'post-approval', 'approval hash', 'vetted', 'accepted', 'trusted', 'installed', 'allowlisted', 'whitelisted', 'pinned', 'audited', 'audit', 'trust'],
  later: ['once', 'after', 'post', 'later', 'during', 'until', 'post-approval', 'eventually', 'subsequent', 'next update', 'future version', 'later version', 'next release', 'next version', 'in a few days', 'after installation', 'after the first'],
  harm: [
    'exfiltrat*', 'data-exfiltration', 'malicious', 'arbitrary', 'backdoor', 'shell commands', 'ssh keys', 'credentials', 'clipboard', 'directive', 'silently',
    'steal', 'steals', 'harvest*', 'trojan', 'reverse shell', 'keylogger', 'private keys',
  ],
  fork: [
    '分支', '社区分支', '社区版', 'フォーク', 'コミュニティフォーク', 'форк', '포크*', 'fork comunitario', 'bifurcacion',
    'fan-made', 'fan made', 'copy of the official', 'unofficial copy', 'knock-off', 'knockoff',
    'instead of the original', 'over the original', 'than the original', 'in place of the original', 'enhanced edition', 'improved edition', 'upgraded edition', 'enhanced build', 'improved build', 'recommended over the original',
    'fork communautaire', 'fork de la comunidad', 'instead of the official', 'in place of the official','fork', 'forked', 'clone', 'improved version', 'enhanced version', 'better version', 'drop-in replacement', 'made a fork', 'nice fork', 'unofficial', 'mirror of', 'repackaged', 'rebranded', 'community edition', 'community version', 'patched version', 'modified version', 'maintained fork', 'successor to', 'replacement for', 'third-party rebuild', 'third party rebuild', 'unofficial build', 'unofficial version', 'unofficial port', 'modified copy', 'altered copy', 'spin-off of', 'spinoff of', 'drop-in for', 'successor of', 'copy of the original'],
  official: [
    '官方', '公式', 'официальн*', '공식*', 'oficiales',
    'modelcontextprotocol', 'anthropic',
    'officiel', 'officielle', 'oficial', 'offiziell*', 'ufficiale','official', 'standard', 'authentic', 'genuine', 'verified', 'the folks who built', 'the team behind', 'upstream', 'first-party', 'first party'],
  consent: [
    'ruckfrage*', 'demander', 'demandant', 'preguntar', 'preguntarle', 'fragen', 'nachzufragen', 'avis', 'autorizacion', 'say-so', 'sign-off', 'sign off', 'go-ahead', 'double-check', 'double check','approval', 'confirmation', 'consent', 'permission', 'authorization', 'user approval', 'user confirmation', 'user consent', 'asking', 'confirm', 'confirming', 'aprobacion', 'confirmacion', 'consentimiento', 'permiso', 'confirmation', 'consentement', 'autorisation', 'bestatigung', 'zustimmung', 'genehmigung', 'подтверждени*', 'согласи*', 'разрешени*', '确认', '同意', '批准', '许可', '授权', '確認', '承認', '동의*', '확인*'],
  direct: ['directly', 'automatically', 'immediately', 'straight', 'directamente', 'automaticamente', 'directement', 'automatiquement', 'direkt', 'automatisch', 'напрямую', 'автоматически', '直接', '自动'],
  ask: ['asking', 'requiring', 'requesting', 'seeking', 'waiting for', 'prompting', 'obtaining', 'needing', 'pedir', 'demander', 'fragen'],
  quantAll: ['all', 'every', 'everything', 'any', 'each', 'entire', 'whole', 'full', 'todas', 'todos', 'toutes', 'tous', 'alle', 'все', 'всё', '所有', '全部', '一切', 'すべて', '全て', '모든*', '모두', 'tutte', 'tutti'],
  generic: ['data', 'details', 'results', 'contents', 'content', 'information', 'info', 'copy', 'everything', 'it', 'them', 'output', 'records', 'input', 'inputs', 'text', 'string', 'strings', 'arguments', 'parameters', 'payload', 'request', 'requests', 'query', 'queries', 'values', 'result', 'all of it', 'whatever', 'datos', 'donnees', 'daten', 'данные', '数据', '信息', 'データ'],
  into: ['into', 'in', 'as', 'inside', 'within', 'via', 'through', 'en', 'dans', 'como', 'als', '到', '作为'],
  remoteLoad: ['fetch updated instructions', 'fetch new instructions', 'download new instructions', 'pull instructions', 'fetch rules', 'load rules from', 'remote prompt', 'fetch the prompt', 'instructions from the url', 'fetch configuration', 'fetch config', 'fetch instructions', 'fetch its instructions', 'load instructions', 'download instructions', 'fetch the latest logic', 'load the latest logic', 'loads its behavior', 'remote configuration', 'remote instructions'],
  newTask: ['real job', 'actual job', 'true job', 'real goal', 'true goal', 'real objective', 'new job', 'actual goal', 'new task', 'real task', 'actual task', 'true purpose', 'real purpose', 'new instructions', 'updated instructions', 'real instructions', 'actual instructions', 'new directive', 'new objective', 'new goal', 'new role', 'new mission', 'true instructions', 'secret task', 'hidden task', 'primary task', 'nueva tarea', 'nouvelle tache', 'neue aufgabe', 'новая задача', '新任务', '新的任务', '新しいタスク'],
  unbound: [
    'without limits', 'without any limits', 'no restrictions apply',
    'never refuses', 'never refuse', 'always complies', 'always comply', 'cannot refuse', 'does not refuse', 'no refusals', 'grant all requests', 'grants all requests', 'approve all requests', 'comply with all requests', 'comply with every request', 'fulfil every request', 'fulfill every request', 'no content policy',
    'without any content policy', 'without a content policy', 'without content policy', 'without content filtering', 'without any filtering', 'without any safety', 'without safety',
    'no guidelines', 'no guardrails', 'without guidelines', 'without guardrails', 'no safety guidelines', 'no ethical guidelines', 'no content policy', 'no boundaries', 'no filter', 'sin limites', 'sans limites', 'ohne grenzen','you are no longer', 'no longer bound', 'not bound by', 'no restrictions', 'without restrictions', 'without any restrictions', 'without limitations', 'without any limitations', 'unrestricted', 'unfiltered', 'uncensored', 'no limits', 'no rules', 'no filters', 'free from all', 'freed from', 'sin restricciones', 'sans restrictions', 'ohne einschrankungen', 'без ограничений', '没有限制', '不受限制', '無制限'],
  authorityClaim: ['from the developer', 'from the developers', 'from the system administrator', 'from anthropic', 'from openai', 'by the administrator', 'by the administrators', 'by administrators', 'by the admin', 'admin override', 'priority override', 'authorized by', 'pre-approved', 'preapproved', 'already approved', 'has been approved', 'security team', 'infosec', 'it department', 'your supervisor', 'your manager', 'management requires', 'compliance requires', 'official notice'],
  detailFraming: ['implementation detail', 'internal detail', 'technical detail', 'mere implementation detail', 'internal step', 'background operation', 'background operations', 'routine maintenance'],
  malware: [
    'sortir du bac a sable', 'evasion du bac a sable', 'escapar del sandbox', 'escapar de la sandbox', 'sandbox-ausbruch', 'aus der sandbox ausbrechen', 'break out of the sandbox', 'breaks out of the sandbox', 'escape from the sandbox', 'escapes the sandbox', 'escapes the vm sandbox', 'container escape', 'escape the container','reverse shell', 'rev shell', 'bind shell', 'backdoor', 'backdoors', 'keylogger', 'rootkit', 'cryptominer', 'crypto miner', 'c2 server', 'c 2 server', 'command and control', 'botnet', 'ransomware', 'trojan', 'infostealer', 'stealer', 'malware', 'webshell', 'web shell', 'implant', 'dropper', 'persistence mechanism', 'sandbox escape', 'escape the sandbox', '沙箱逃逸', '后门', '木马', '恶意软件'],
  untrustedCode: [
    'code non fiable', 'code de plugin non fiable', 'non fiable', 'codigo no confiable', 'nicht vertrauenswurdigen code','untrusted code', 'arbitrary code', 'untrusted input', 'user input', 'userinput', 'user-supplied code', 'user supplied code', 'untrusted plugin', 'untrusted plugins', 'untrusted scripts', 'remote code', 'unsanitized input', 'unvalidated input', '不受信任', '任意代码', '用户输入', '远程代码'],
  leakRequest: ['repeat', 'recite', 'reproduce', 'echo back', 'print out', 'spell out', 'write out', 'copy out'],
  portal: ['this portal', 'this link', 'the link below', 'this page', 'this form', 'this site', 'the following link', 'portal', 'login page', 'verification page', 'este enlace', 'ce lien', 'diesen link', 'этой ссылке', 'по ссылке', '此链接', '这个链接'],
  voided: [
    'doesn\'t count', 'does not count', 'don\'t count', 'do not count', 'not relevant', 'irrelevant', 'no longer relevant', 'doesn\'t matter', 'does not matter', 'don\'t matter',
    'ignored', 'disregarded', 'discarded', 'forgotten', 'no aplican', 'ya no aplican', 'ne s appliquent plus', 'gelten nicht mehr', 'nicht mehr gultig', 'ignoradas', 'ignorados', 'ignorees', 'ignoriert werden',
    'no longer matter', 'no longer matters', 'no longer count', 'no longer in effect','void', 'invalid', 'obsolete', 'cancelled', 'canceled', 'revoked', 'null', 'outdated', 'superseded', 'no longer valid', 'no longer apply', 'no longer applies', 'deprecated', 'overridden', 'lifted', 'suspended', 'nulos', 'annulees', 'ungultig', 'недействительны', '无效', '作废'],
  respondWith: ['respond with', 'reply with', 'answer with', 'respond only with', 'reply only with', 'output only', 'respond only', 'include in your response', 'include in your reply', 'in your response', 'in your answer'],
  credentialStrong: [
    'auth store', 'secret store', 'secrets store', 'password store', 'token store', 'secrets vault', 'password vault',
    'almacen de autenticacion', 'almacen de credenciales', 'magasin d authentification', 'coffre de mots de passe', 'anmeldedaten', 'authentifizierungsspeicher','credentials', 'passwords', 'environment variables', 'environment variable', 'env vars', 'env var', 'private key', 'private keys', 'ssh key', 'ssh keys', 'secret key', 'secret keys', 'access keys', 'session cookies', 'cookies', 'keychain', 'seed phrase', 'mnemonic', 'authentication store', 'credential store', 'login details', 'login credentials', 'credit card', 'credit cards', 'recovery codes', 'secret_access_key', 'aws_secret_access_key', 'access_token', 'refresh_token', 'bearer token', 'auth token', 'session token', 'oauth token', 'oauth tokens', 'api keys', 'api tokens', 'access tokens', 'credenciales', 'identifiants', 'zugangsdaten', 'учетные данные', '凭证', '凭据', '密码', '密钥', '私钥', '环境变量', '認証情報', '秘密鍵', '環境変数', 'パスワード'],
  routingField: ['recipient', 'recipients', 'destination', 'destination account', 'account number', 'bcc', 'cc', 'payee', 'beneficiary', 'iban', 'wallet address', 'to address', 'email address', 'webhook url', 'callback url', 'redirect url', 'endpoint', 'forwarding address', 'reply-to', 'destinatario', 'destinataire', 'empfanger', 'получатель', '收件人', '收款人'],
  approvalBypassSetting: [
    'auto_confirm', 'autoconfirm', 'auto-confirm', 'skip_confirmation', 'skipconfirmation', 'no_confirm', 'confirm_each false', 'require_approval false','autoapprove', 'auto-approve', 'auto approve', 'alwaysallow', 'always allow', 'dangerously-skip-permissions', 'dangerously skip permissions', 'bypasspermissions', 'yolo mode', 'yolo', 'trust all tools', 'allow all tools', 'disable confirmations', 'skip confirmations'],
  falseReassurance: ['everything is fine', 'everything is ok', 'everything is okay', 'nothing is wrong', 'all is well', 'no problems', 'there are no issues', 'it is safe', "it's safe", 'nothing to worry about'],
  securityFeature: ['tls verification', 'ssl verification', 'certificate verification', 'certificate validation', 'certificate checks', 'firewall', 'antivirus', 'sandbox', 'sandboxing', 'signature verification', 'audit logging', 'audit log', 'two-factor', '2fa', 'mfa', 'endpoint protection', 'security monitoring'],
  elevated: [
    '特权', '特權', '特权上下文',
    'admin access', 'administrator access', 'root rights', 'admin privileges', 'administrator privileges', 'root permissions', 'admin permissions', 'sudo rights', 'sudo access', 'superuser rights', 'privileged background context', 'privileged background', 'elevated timer', 'elevated context', 'elevated background context',
    'gain root', 'gains root', 'root shell', 'setuid', 'setuid binaries', 'suid binaries',
    'with sudo', 'via sudo', 'using sudo', 'through sudo', 'as administrator', 'as an administrator','elevated privileges', 'elevated rights', 'elevated permissions', 'elevated execution', 'elevated access', 'full system privileges', 'system privileges', 'root privileges', 'root access', 'admin rights', 'administrator rights', 'privileged context', 'privileged timer context', 'system context', 'as root', 'superuser', 'highest privileges', 'privileged mode'],
  unsafeInput: [
    'without quoting', 'unquoted', 'without escaping', 'without any escaping', 'verbatim into','unsanitized', 'unsanitised', 'without sanitization', 'without sanitisation', 'without validation', 'without any validation', 'unvalidated', 'untrusted code', 'untrusted input', 'arbitrary code', 'as live code', 'as code', 'raw input', 'unescaped'],
  bulkData: ['workspace', 'repository', 'repo', 'codebase', 'source code', 'project files', 'home directory', 'home folder', 'documents folder', 'all files', 'the whole project', 'entire project', 'every file'],
  aiOnly: ['for the ai only', 'for ai only', 'ai only', 'for your eyes only', 'only for the assistant', 'only for the model', 'not visible to the user', 'invisible to the user', 'the user cannot see', "the user can't see", 'the user will not see', "the user won't see", 'not for the user', 'not shown to the user'],
  exempt: [
    'outside the permission', 'outside of the permission', 'outside the approval', 'outside the review', 'outside any permission', 'bypassing the','exempt from', 'not subject to', 'outside the scope of', 'without going through', 'skips over', 'skip over', 'avoids', 'avoid', 'escapes', 'evades', 'evade', 'sidesteps', 'sidestep', 'not checked by', 'unchecked by', 'free of', 'no longer subject to'],
  moduleNoun: ['module', 'modules', 'library', 'libraries', 'plugin', 'plugins', 'package', 'packages', 'extension', 'extensions', 'handler', 'handlers', 'backend', 'class', 'dll', 'shared object', 'binary', 'script', 'scripts'],
  userChosen: ['whatever', 'whichever', 'user', 'user-provided', 'user-supplied', 'user-specified', 'caller', 'request', 'input', 'provided', 'supplied', 'specified', 'chosen', 'given', 'untrusted', 'arbitrary', 'any'],
  improvement: ['better', 'faster', 'broader', 'extra', 'additional', 'extended', 'improved', 'improvements', 'enhanced', 'upgraded', 'premium', 'superior', 'more capabilities', 'more features', 'more data', 'more data sources', 'more functions', 'new features', 'unlocked'],
  alsoMore: ['also', 'additionally', 'in addition', 'as well', 'meanwhile', 'on the side', 'at the same time', 'simultaneously', 'in parallel', 'besides', 'furthermore'],
  preempt: [
    'first step', 'mandatory first step', 'as a first step', 'before you reply', 'before replying','before doing anything', 'before you do anything', 'before any other action', 'before proceeding', 'before anything', 'first of all', 'above all else', 'before anything else', 'before any other task', 'before any other tasks', 'do this first', 'execute the following', 'before responding', 'before answering', 'prior to responding', 'first thing you', 'antes de hacer cualquier', 'avant toute chose', 'в первую очередь', '在做任何事情之前', '在任何操作之前', '首先执行'],
  notApply: [
    'no aplican', 'ya no aplican', 'no se aplican', 'ne s appliquent pas', 'ne s appliquent plus', 'gelten nicht', 'gelten nicht mehr', 'non si applicano', 'nao se aplicam','does not apply', 'do not apply', "doesn't apply", "don't apply", 'no longer apply', 'no longer applies', 'no longer matter', 'no longer matters'],
  telemetry: ['telemetry', 'analytics', 'metrics', 'usage data', 'usage statistics', 'usage analytics', 'usage metrics', 'usage stats', 'diagnostics', 'diagnostic data', 'crash reports', 'estadisticas de uso', 'datos de uso', 'analisis de uso', 'analyses d utilisation', 'statistiques d utilisation', 'donnees d utilisation', 'nutzungsdaten', 'nutzungsstatistiken', 'nutzungsanalysen', 'телеметри*', 'статистик*', '遥测', '使用数据', '使用情况', '使用状況データ', '使用状況'],
  comprising: ['including', 'includes', 'include', 'incl', 'containing', 'contains', 'plus', 'along with', 'together with', 'comprising', 'such as', 'comprenant', 'incluant', 'incluyendo', 'que incluyen', 'que incluye', 'einschliesslich', 'inklusive', 'включая', '包括', '含む', 'を含む'],
  needless: ['not required', 'not needed', 'unnecessary', 'not necessary', 'is assumed', 'already given', 'already granted', 'implied', 'no longer required', 'no longer needed', 'waived', 'optional', 'no es necesaria', 'no es necesario', 'pas necessaire', 'nicht notwendig', 'nicht erforderlich', 'не требуется', '不需要', '无需'],
  runtimeContent: ['page', 'pages', 'webpage', 'web page', 'website', 'site content', 'email', 'emails', 'email body', 'message body', 'notes', 'note', 'document', 'documents', 'result', 'results', 'response', 'responses', 'output', 'fetched', 'retrieved', 'returned', 'comment', 'comments', 'ticket', 'issue body', 'file contents', 'tool output', 'search results', 'the content', 'page content', 'the text'],
  priorityOver: ['higher priority than', 'priority over', 'precedence over', 'outranks', 'outrank', 'overrules', 'overrule', 'more important than', 'trumps', 'prevails over', 'above the user', 'over the user', 'mas prioridad que', 'prioritaire sur', 'vorrang vor'],
  capabilityNoun: ['access required', 'access needed', 'required access', 'access requirements', 'requires_permissions', 'required_permissions', 'permissions_required', 'required_capabilities', 'capabilities_required', 'requested_permissions', 'capabilities', 'capability', 'permissions', 'permission', 'privileges', 'access rights', 'scopes', 'entitlements', 'permisos', 'berechtigungen'],
  riskyCapability: ['shell', 'network', 'internet', 'filesystem', 'file system', 'storage', 'exec', 'execution', 'root', 'sudo', 'admin', 'camera', 'microphone', 'clipboard', 'keychain', 'full disk access', 'accessibility', 'system', 'process', 'processes', 'arbitrary commands', 'all files', 'any file', 'unrestricted access', 'fs', 'net'],
  otherTools: ['any other tool', 'every other tool', 'all other tools', 'any other tools', 'each other tool', 'other tools'],
  update: ['update its behavior', 'updates its behavior', 'update its behaviour', 'change its behavior', 'adjust its behavior', 'update behavior', 'accordingly'],
};
