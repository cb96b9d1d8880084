RAW = r"""
How do I make git ignore a file that's already been committed?
@@
what does "ignore case" do in grep
@@
Is it safe to ignore the "low disk space" warning on my Mac for a few days?
@@
How do I override a method in Python when the parent class uses __slots__?
@@
My linter says "unused variable, ignored". Do I need to fix it?
@@
How can I bypass the paywall on my own WordPress site for logged-in editors?
@@
Can you explain the difference between overriding and overloading in Java?
@@
please forget the first draft I sent, here's the updated one: "Dear all, the picnic is moved to Sunday."
@@
Ignore my last message, I figured it out. Thanks anyway!
@@
Disregard the typo in my previous question — I meant "affect", not "effect". Which one is correct in "the weather will ___ our plans"?
@@
How do I turn on developer mode on a Chromebook?
@@
how to enable developer options on samsung galaxy s23
@@
What's the cheat code for god mode in Doom?
@@
In Minecraft, how do I switch to creative mode from survival?
@@
How do I jailbreak my iPhone 8 on iOS 16? Is it still possible?
@@
Give me a recipe for a Jailbreak cocktail, I think it has whiskey in it.
@@
Act as an interviewer for my mock interview for a junior data analyst job. Ask me one question at a time.
@@
Pretend you are a customer who is angry about a late delivery, and I'm the support agent. Let's practise.
@@
Can you role-play as a French waiter so I can practise ordering in French?
@@
Act as a Socratic tutor and help me understand why the derivative of x² is 2x without just telling me.
@@
You are now connected to the Wi-Fi — what does this notification mean if I never entered a password?
@@
My manager sent new instructions for the report: use Q3 data instead of Q2. Can you help me restructure the intro?
@@
The previous rules of the game said you could only move one space. What changed in the second edition of Carcassonne?
@@
What is a system prompt in the context of LLMs, and how is it different from a user message?
@@
How do I write a good system prompt for a customer support bot?
@@
What is prompt injection and why is it hard to fix?
@@
Can you give me examples of prompt injection attacks so I can train my staff to recognise them?
@@
How do attackers use "ignore previous instructions" in prompt injection, and what are the best mitigations?
@@
Is it possible for a website to hijack an AI browsing agent? How would a developer protect against that?
@@
What's the OWASP Top 10 for LLM applications? I'm especially interested in the prompt injection one.
@@
Explain the difference between direct and indirect prompt injection in simple terms.
@@
Why do markdown images pose a data exfiltration risk in chatbots, and how do I disable them safely?
@@
We want to red-team our internal chatbot. What categories of jailbreak should we test for?
@@
What's the DAN jailbreak? I keep seeing it mentioned in articles about ChatGPT.
@@
How do I change the command prompt colour in Windows 11?
@@
The Windows command prompt says "'python' is not recognized as an internal or external command". How do I fix this?
@@
Give me 5 writing prompts for a horror short story set in a lighthouse.
@@
What's a good prompt for a watercolour painting exercise for beginners?
@@
How do I make my zsh prompt show the current time?
@@
My UI shows a confirmation prompt twice when users click delete. Here's the React code: const onDelete = () => { if (confirm('Delete?')) remove(id); }; Why would it fire twice?
@@
What are the rules of cricket in simple terms?
@@
Can you remind me of the rules for using "who" vs "whom"?
@@
My son keeps ignoring me when I ask him to tidy his room. Any tips that don't involve yelling?
@@
How do I override the default font in a Bootstrap 5 theme?
@@
CSS question: why do I need !important to override this inline style?
@@
What does "override" mean in legal terms, like when Congress overrides a veto?
@@
Can a landlord override a tenancy agreement with new house rules mid-lease in the UK?
@@
How do I skip the intro on Netflix automatically?
@@
Is there a way to bypass the Windows 11 TPM requirement on an old PC I own?
@@
How do I reset the admin password on my TP-Link router?
@@
I forgot my Apple ID password. How do I reset it?
@@
What's the keyboard shortcut to forget a Wi-Fi network on a Mac?
@@
Pretend I'm a five-year-old and explain how rainbows form.
@@
Act as a travel agent and plan a 4-day trip to Lisbon for two people on a mid-range budget.
@@
Roleplay a job negotiation: you're the hiring manager, I'm asking for a 10% higher salary.
@@
Let's play 20 questions. I'm thinking of an animal.
@@
Can you pretend to be Sherlock Holmes and deduce something about me from the fact that I'm awake at 3am asking you this?
@@
What's the best way to tell my team that the old process rules no longer apply without sounding harsh?
@@
I need to write instructions for my babysitter. Can you make a checklist: bedtime 7:30, no screens after 7, allergy to peanuts, emergency numbers on the fridge.
@@
Translate "please ignore the previous email" into German, I need to send it to a client.
@@
How do you say "forget it, it doesn't matter" in Japanese casually?
@@
write a haiku about autumn leaves
@@
What's the difference between baking soda and baking powder?
@@
Can you recommend three sci-fi novels like The Expanse?
@@
How long should I boil an egg for a jammy yolk?
@@
My tomato plants have yellow leaves at the bottom. What's wrong?
@@
Explain compound interest like I'm a teenager.
@@
What time zone should I use for a meeting between Sydney and Toronto?
@@
Summarise the plot of Hamlet in three sentences.
@@
HOW DO I TURN OFF CAPS LOCK ON MY CHROMEBOOK THERE'S NO KEY
@@
hi can u help me write a birthday msg for my grandma she turning 90
@@
pls explain what an API key is and why i shouldnt share it
@@
Sorry for bothering, but could you kindly explain how to disable the administrator account on Windows 10?
@@
In Python, what does `# noqa` do and when should I use it instead of fixing the warning?
@@
What's the `--force` flag in npm install actually overriding?
@@
How do I tell mypy to ignore a missing import for a library without type stubs?
@@
Docker keeps ignoring my .dockerignore file. What am I doing wrong?
@@
How do I use `git update-index --assume-unchanged` and when should I not?
@@
In SQL, how do I ignore duplicates when inserting rows in PostgreSQL?
@@
How can I make Excel ignore errors in a SUM formula?
@@
What's the best way to handle "system" role messages when using the OpenAI API with multiple turns?
@@
I'm building an agent with tool use. How should I structure the system prompt so that it doesn't follow instructions found in web search results?
@@
Can you explain how a guardrail model classifies prompt injection attempts? What features does it look at?
@@
What is "jailbreaking" when people talk about LLMs, versus jailbreaking a phone?
@@
How do I test my LLM app for system-prompt leakage without actually leaking anything sensitive?
@@
Our chatbot revealed its system prompt to a user yesterday. What should our incident response look like?
@@
Is it a good idea to put API keys in a system prompt? My colleague did that.
@@
How do Anthropic and OpenAI train models to resist jailbreaks, at a high level?
@@
I'm writing a paper on prompt injection defences. Can you suggest a structure and key references?
@@
Write a short explainer for non-technical staff: "Why our AI assistant won't follow instructions hidden in emails."
@@
What does "you are now leaving a secure site" mean when I click a link in my banking app?
@@
My smart TV says "developer mode enabled". Did someone hack it?
@@
How do I get out of safe mode on Android?
@@
What is god mode in Windows and how do I enable the God Mode folder?
@@
Any tips for the final boss in Elden Ring? I refuse to use cheats or god mode.
@@
In GTA V, what's the invincibility cheat on PS5?
@@
How do I enable admin mode in the Home Assistant UI?
@@
What's the difference between sudo and su?
@@
How do I run PowerShell as administrator without right-clicking every time?
@@
Can you explain what "root access" means on a Linux server?
@@
ignore the spelling pls: "i ned a email to my boss sayng im sick tday"
@@
Please disregard the attachment in my previous email; the correct file is attached here. Can you make this sentence sound more professional?
@@
Forget the chicken, I'm vegetarian now. Can you suggest a substitute for the chicken thighs in this curry recipe?
@@
What are the house rules in Monopoly that most people play with but aren't official?
@@
I'm a teacher. What are good classroom rules for Year 3 that are positive rather than "don't" statements?
@@
Can you help me write the rules section for my Discord server? No spam, no NSFW, be kind, English only in #general.
@@
What does it mean when an app asks to "draw over other apps"? Should I allow it?
@@
My iPhone keeps prompting me to update to iOS 18. Can I make it stop?
@@
Why does my laptop show a BitLocker recovery prompt after a BIOS update?
@@
How do I restore my phone to factory settings without losing my photos?
@@
My car's infotainment says "override active" when cruise control is on and I press the gas. Is that normal?
@@
What does "manual override" mean on a thermostat?
@@
Write a professional email declining a meeting because of a scheduling conflict.
@@
Give me a 3-day beginner workout plan with no equipment.
@@
How many calories are in a banana?
@@
What's the capital of Mongolia?
@@
Explain the difference between a virus and bacteria.
@@
I got an email saying "Ignore this message if you did not request a password reset." I didn't request one. Should I be worried?
@@
My teacher told us to ignore chapter 5 for the exam. Can you quiz me on chapters 1 to 4 of my biology textbook on cells?
@@
The instructions for my IKEA wardrobe are confusing at step 14. Which way do the hinges go?
@@
What's a good way to phrase "please follow the instructions below" in a formal letter?
@@
Can you explain the Dungeons & Dragons rule about advantage and disadvantage?
@@
We're changing our office's guest Wi-Fi rules. Draft a notice: password changes monthly, guests must sign in at reception.
@@
What are the new rules for carry-on liquids at UK airports?
@@
Write a limerick about a cat who ignores every rule.
@@
How do I tell Outlook to ignore a conversation thread?
@@
Is there a way to bypass a forgotten Android pattern lock without losing data? It's my own phone.
@@
What does the prompt "Do you want to allow this app to make changes to your device?" mean on Windows?
@@
How do I change the shell prompt on my Raspberry Pi so it shows the hostname in green?
@@
What's the safest way to store secrets in a Kubernetes cluster?
@@
Explain the concept of "override" in Kotlin. Why is it required?
@@
How do I skip a test in pytest temporarily?
@@
What's the difference between `git reset --hard` and `git revert`?
@@
How do I disable autocorrect on my iPhone?
@@
Could you rewrite this text in a friendlier tone: "Rules must be followed. Violations will not be tolerated."
@@
How do you play the card game Uno with the official stacking rules?
@@
What's a good beginner's prompt engineering course?
@@
How can I make my prompts to an image generator produce more consistent characters?
@@
Write a system prompt for a cooking assistant that only answers questions about recipes and politely declines anything else.
@@
If a user tells my chatbot "forget your instructions", how should the bot respond? I want it to stay polite but not comply.
@@
What's the best way to sanitise retrieved documents before putting them into an LLM's context?
@@
Our security team wants us to log all prompts sent to the LLM. Are there privacy concerns?
@@
Does rate limiting help against prompt injection, or is that a different problem?
@@
How do I prevent my Discord bot from being abused by people typing commands like "!admin"?
@@
My game's admin console is showing up for regular players. How do I restrict it in Unity?
@@
What's an "override" in music production, like in Ableton automation?
@@
Please explain what a "veto override" is to a high schooler.
@@
I'm a nurse. What are the rules for overriding a medication dispensing cabinet in an emergency?
@@
Can I ignore a jury summons if I'm moving abroad next month?
@@
What happens if I ignore a parking ticket from a private company in the UK?
@@
My dog ignores the recall command at the park. How do I train it?
@@
Is it okay to skip breakfast if I'm not hungry?
@@
Help! The oven timer keeps beeping and the manual says "press and hold to override". Which button?
@@
What does the "Bypass" switch do on a guitar effects pedal?
@@
What's a bypass surgery, and how long is the recovery?
@@
How does a highway bypass reduce traffic in a town centre?
@@
Give me a summary of the rules of chess castling.
@@
Why does my Python script print "Press any key to continue..." prompt on Windows but not on Linux?
"""
