package dev.gatehouse.engine.ai;

import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI services. Each takes its rules (a prompt resource, see {@link Prompts}) and the
 * material, and returns a record: LangChain4j asks the provider for that record's JSON schema
 * (structured outputs) where it can, and parses the answer into it. A record's constructor rejects
 * what the schema cannot (a blank subject, a confidence above 1), so a bad answer is a parse
 * failure, metered as MALFORMED by {@link UsageMeter}.
 */
final class Services {
    private Services() {
    }

    /** First emails, follow-ups and suggested replies. */
    interface EmailWriter {
        @SystemMessage("{{rules}}")
        @UserMessage("{{material}}")
        WrittenEmail write(@V("rules") String rules, @V("material") String material);
    }

    interface ClaimChecker {
        @SystemMessage("{{rules}}")
        @UserMessage("{{material}}")
        JudgeVerdict judge(@V("rules") String rules, @V("material") String material);
    }

    interface ReplyLabeller {
        @SystemMessage("{{rules}}")
        @UserMessage("{{material}}")
        TriageAnswer label(@V("rules") String rules, @V("material") String material);
    }

    static <T> T build(Class<T> service, Llm llm) {
        return AiServices.builder(service).chatModel(llm.chat()).build();
    }
}
