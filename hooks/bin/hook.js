#!/usr/bin/env node
"use strict";var n=require("node:fs"),s=require("node:path"),m=require("node:vm");var i=require("node:fs"),r="MCP Warden could not start, so this MCP tool call was blocked; tell the user (the hook installation is broken).";function a(e){let o=e instanceof Error?e.message.split(`
`)[0]:String(e),t={hookSpecificOutput:{hookEventName:"PreToolUse",permissionDecision:"deny",permissionDecisionReason:r},permission:"deny",user_message:`${r} ${o}`,agent_message:r};try{(0,i.writeSync)(1,`${JSON.stringify(t)}
`),(0,i.writeSync)(2,`${r} (${o})
`)}finally{process.exit(2)}}var c=(0,s.join)(__dirname,"hook-core.js"),d=(0,s.join)(__dirname,"hook-core.cache");try{u()}catch(e){a(e)}function u(){let e=`(function (exports, require, module, __filename, __dirname) {${(0,n.readFileSync)(c,"utf8")}
})`,o=new m.Script(e,{filename:c,...l()});process.env.MCP_WARDEN_WRITE_CODE_CACHE==="1"&&process.on("exit",()=>p(o));let t={exports:{}};o.runInThisContext()(t.exports,require,t,c,__dirname)}function l(){try{return{cachedData:(0,n.readFileSync)(d)}}catch{return{}}}function p(e){try{(0,n.writeFileSync)(d,e.createCachedData())}catch{}}
