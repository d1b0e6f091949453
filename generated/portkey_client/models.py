# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Models for the API's schemas."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, Field, RootModel

from portkey_client._base_model import BaseModel


class ModelTokenPrice(BaseModel):
    """
    Price object (value is in USD cents)
    """

    price: float | None = None
    """
    Price in USD cents per token/unit.

    Example: `0.003` = 0.003 cents/token = $0.03 per 1K tokens
    """


class ModelValueReference(BaseModel):
    value: str | None = None
    """
    Reference to a value or rate.

    Examples:
    - `input_tokens`: Number of input tokens
    - `output_tokens`: Number of output tokens
    - `rates.request_token`: Request token rate
    - `rates.response_token`: Response token rate
    """


class ModelFinetuneConfig(BaseModel):
    """
    Fine-tuning pricing configuration
    """

    pay_per_token: ModelTokenPrice | None = None
    pay_per_hour: ModelTokenPrice | None = None


class Error(BaseModel):
    code: str | None = Field(...)
    message: str
    param: str | None = Field(...)
    type: str


class ErrorResponse(BaseModel):
    error: Error


class WorkspaceInviteType(RootModel[Literal["update", "add", "remove"]]):
    root: Literal["update", "add", "remove"]


class SuccessInvite(BaseModel):
    id: str
    invite_link: str


class DeleteModelResponse(BaseModel):
    id: str
    deleted: bool
    object: str


class ChatCompletionRequestMessageContentPartText(BaseModel):
    type: Literal["text"]
    """
    The type of the content part.
    """
    text: str
    """
    The text content.
    """


class ChatCompletionMessageContentPartThinking(BaseModel):
    type: Literal["thinking"]
    """
    The type of the content part.
    """
    thinking: str
    """
    The thinking content.
    """


class ChatCompletionMessageContentPartRedactedThinking(BaseModel):
    type: Literal["redacted_thinking"]
    """
    The type of the content part.
    """
    data: str
    """
    The redacted thinking content.
    """


class ChatCompletionRequestSystemMessage(BaseModel):
    content: str
    """
    The contents of the system message.
    """
    role: Literal["system"]
    """
    The role of the messages author, in this case `system`.
    """
    name: str | None = None
    """
    An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    """


class ChatCompletionRequestDeveloperMessage(BaseModel):
    """
    New role by OpenAI for select models. Must be explicitly used for models that support it. When used with incompatible models or providers, Portkey automatically converts it to a system role.
    """

    content: str
    """
    The contents of the Developer message.
    """
    role: Literal["developer"]
    """
    The role of the messages author, in this case `Developer`.
    """
    name: str | None = None
    """
    An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    """


class ChatCompletionRequestToolMessage(BaseModel):
    role: Literal["tool"]
    """
    The role of the messages author, in this case `tool`.
    """
    content: str
    """
    The contents of the tool message.
    """
    tool_call_id: str
    """
    Tool call that this message is responding to.
    """


class ChatCompletionRequestFunctionMessage(BaseModel):
    role: Literal["function"]
    """
    The role of the messages author, in this case `function`.
    """
    content: str | None = Field(...)
    """
    The contents of the function message.
    """
    name: str
    """
    The name of the function to call.
    """


class FineTuneChatCompletionRequestFunctionMessage(
    ChatCompletionRequestFunctionMessage
):
    pass


class FunctionParameters(BaseModel):
    """
    The parameters the functions accepts, described as a JSON Schema object. See the [guide](https://platform.openai.com/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

    Omitting `parameters` defines a function with an empty parameter list.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ChatCompletionFunctions(BaseModel):
    description: str | None = None
    """
    A description of what the function does, used by the model to choose when and how to call the function.
    """
    name: str
    """
    The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
    """
    parameters: FunctionParameters | None = None


class ChatCompletionFunctionCallOption(BaseModel):
    """
    Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.
    """

    name: str
    """
    The name of the function to call.
    """


class OutputAudio(BaseModel):
    """
    An audio output from the model.
    """

    type: Literal["output_audio"]
    """
    The type of the output audio. Always `output_audio`.
    """
    data: str
    """
    Base64-encoded audio data from the model.
    """
    transcript: str
    """
    The transcript of the audio data from the model.
    """


class ChatCompletionRole(
    RootModel[Literal["system", "user", "assistant", "tool", "function"]]
):
    root: Literal["system", "user", "assistant", "tool", "function"]
    """
    The role of the author of a message
    """


class ChatCompletionStreamOptions(BaseModel):
    """
    Options for streaming response. Only set this when you set `stream: true`.
    """

    include_usage: bool | None = None
    """
    If set, an additional chunk will be streamed before the `data: [DONE]` message. The `usage` field on this chunk shows the token usage statistics for the entire request, and the `choices` field will always be an empty array. All other chunks will also include a `usage` field, but with a null value.
    """


class ChatCompletionMessageContentBlock(
    RootModel[
        ChatCompletionRequestMessageContentPartText
        | ChatCompletionMessageContentPartThinking
        | ChatCompletionMessageContentPartRedactedThinking
    ]
):
    root: (
        ChatCompletionRequestMessageContentPartText
        | ChatCompletionMessageContentPartThinking
        | ChatCompletionMessageContentPartRedactedThinking
    )
    """
    A block of content in a chat completion message.
    """


class CreateChatCompletionImageResponse(BaseModel):
    """
    Represents a streamed chunk of a chat completion response returned by model, based on the provided input.
    """


class CreateImageRequest(BaseModel):
    prompt: str
    """
    A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
    """
    model: str | Literal["dall-e-2", "dall-e-3"] | None = None
    """
    The model to use for image generation.
    """
    n: int | None = Field(1, ge=1, le=10)
    """
    The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
    """
    quality: Literal["standard", "hd"] = "standard"
    """
    The quality of the image that will be generated. `hd` creates images with finer details and greater consistency across the image. This param is only supported for `dall-e-3`.
    """
    response_format: Literal["url", "b64_json"] | None = "url"
    """
    The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
    """
    size: (
        Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"] | None
    ) = "1024x1024"
    """
    The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024` for `dall-e-2`. Must be one of `1024x1024`, `1792x1024`, or `1024x1792` for `dall-e-3` models.
    """
    style: Literal["vivid", "natural"] | None = "vivid"
    """
    The style of the generated images. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images. This param is only supported for `dall-e-3`.
    """
    user: str | None = None
    """
    A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
    """


class FunctionObject(BaseModel):
    description: str | None = None
    """
    A description of what the function does, used by the model to choose when and how to call the function.
    """
    name: str
    """
    The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
    """
    parameters: FunctionParameters | None = None
    strict: bool | None = False
    """
    Whether to enable strict schema adherence when generating the function call. If set to true, the model will follow the exact schema defined in the `parameters` field. Only a subset of JSON Schema is supported when `strict` is `true`. Learn more about Structured Outputs in the [function calling guide](docs/guides/function-calling).
    """


class FunctionTool(BaseModel):
    """
    Defines a function in your own code the model can choose to call. Learn more
    about [function calling](/docs/guides/function-calling).
    """

    type: Literal["function"]
    """
    The type of the function tool. Always `function`.
    """
    name: str
    """
    The name of the function to call.
    """
    description: str | None = None
    """
    A description of the function. Used by the model to determine whether
    or not to call the function.
    """
    parameters: dict[str, Any]
    """
    A JSON schema object describing the parameters of the function.
    """
    strict: bool
    """
    Whether to enforce strict parameter validation. Default `true`.
    """


class FunctionToolCall(BaseModel):
    """
    A tool call to run a function. See the
    [function calling guide](/docs/guides/function-calling) for more information.
    """

    id: str | None = None
    """
    The unique ID of the function tool call.
    """
    type: Literal["function_call"]
    """
    The type of the function tool call. Always `function_call`.
    """
    call_id: str
    """
    The unique ID of the function tool call generated by the model.
    """
    name: str
    """
    The name of the function to run.
    """
    arguments: str
    """
    A JSON string of the arguments to pass to the function.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


class FunctionToolCallOutput(BaseModel):
    """
    The output of a function tool call.
    """

    id: str | None = None
    """
    The unique ID of the function tool call output. Populated when this item
    is returned via API.
    """
    type: Literal["function_call_output"]
    """
    The type of the function tool call output. Always `function_call_output`.
    """
    call_id: str
    """
    The unique ID of the function tool call generated by the model.
    """
    output: str
    """
    A JSON string of the output of the function tool call.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


class FunctionToolCallOutputResource(FunctionToolCallOutput):
    id: str
    """
    The unique ID of the function call tool output.
    """


class FunctionToolCallResource(FunctionToolCall):
    id: str
    """
    The unique ID of the function tool call.
    """


class Image(BaseModel):
    """
    Represents the url or the content of an image generated by the Portkey API.
    """

    b64_json: str | None = None
    """
    The base64-encoded JSON of the generated image, if `response_format` is `b64_json`.
    """
    url: str | None = None
    """
    The URL of the generated image, if `response_format` is `url` (default).
    """
    revised_prompt: str | None = None
    """
    The prompt that was used to generate the image, if there was any revision to the prompt.
    """


class InputAudio(BaseModel):
    """
    An audio input to the model.
    """

    type: Literal["input_audio"]
    """
    The type of the input item. Always `input_audio`.
    """
    data: str
    """
    Base64-encoded audio data.
    """
    format: Literal["mp3", "wav"]
    """
    The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
    """


class InputFile(BaseModel):
    """
    A file input to the model.
    """

    type: Literal["input_file"]
    """
    The type of the input item. Always `input_file`.
    """
    file_id: str | None = None
    """
    The ID of the file to be sent to the model.
    """
    filename: str | None = None
    """
    The name of the file to be sent to the model.
    """
    file_data: str | None = None
    """
    The content of the file to be sent to the model.
    """


class InputImage(BaseModel):
    """
    An image input to the model. Learn about [image inputs](/docs/guides/vision).
    """

    type: Literal["input_image"]
    """
    The type of the input item. Always `input_image`.
    """
    image_url: str | None = None
    """
    The URL of the image to be sent to the model. A fully qualified URL or
    base64 encoded image in a data URL.
    """
    file_id: str | None = None
    """
    The ID of the file to be sent to the model.
    """
    detail: Literal["high", "low", "auto"]
    """
    The detail level of the image to be sent to the model. One of `high`,
    `low`, or `auto`. Defaults to `auto`.
    """


class InputText(BaseModel):
    """
    A text input to the model.
    """

    type: Literal["input_text"]
    """
    The type of the input item. Always `input_text`.
    """
    text: str
    """
    The text input to the model.
    """


class CreateImageEditRequest(BaseModel):
    image: bytes
    """
    The image to edit. Must be a valid PNG file, less than 4MB, and square. If mask is not provided, image must have transparency, which will be used as the mask.
    """
    prompt: str = Field(..., max_length=1000)
    """
    A text description of the desired image(s). The maximum length is 1000 characters.
    """
    mask: bytes | None = None
    """
    An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
    """
    model: str | Literal["dall-e-2"] | None = None
    """
    The model to use for image generation. Only `dall-e-2` is supported at this time.
    """
    n: int | None = Field(1, ge=1, le=10)
    """
    The number of images to generate. Must be between 1 and 10.
    """
    size: Literal["256x256", "512x512", "1024x1024"] | None = "1024x1024"
    """
    The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
    """
    response_format: Literal["url", "b64_json"] | None = "url"
    """
    The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
    """
    user: str | None = None
    """
    A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
    """


class CreateImageVariationRequest(BaseModel):
    image: bytes
    """
    The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
    """
    model: str | Literal["dall-e-2"] | None = None
    """
    The model to use for image generation. Only `dall-e-2` is supported at this time.
    """
    n: int | None = Field(1, ge=1, le=10)
    """
    The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
    """
    response_format: Literal["url", "b64_json"] | None = "url"
    """
    The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
    """
    size: Literal["256x256", "512x512", "1024x1024"] | None = "1024x1024"
    """
    The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
    """
    user: str | None = None
    """
    A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
    """


class CreateModerationRequest(BaseModel):
    input: str | list[str]
    """
    The input text to classify
    """
    model: str | Literal["text-moderation-latest", "text-moderation-stable"] | None = (
        None
    )
    """
    Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`.

    The default is `text-moderation-latest` which will be automatically upgraded over time. This ensures you are always using our most accurate model. If you use `text-moderation-stable`, we will provide advanced notice before updating the model. Accuracy of `text-moderation-stable` may be slightly lower than for `text-moderation-latest`.
    """


class CreateFileRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    file: bytes
    """
    The File object (not file name) to be uploaded.
    """
    purpose: Literal["assistants", "batch", "fine-tune", "vision"]
    """
    The intended purpose of the uploaded file.

    Use "assistants" for [Assistants](https://platform.openai.com/docs/api-reference/assistants) and [Message](https://platform.openai.com/docs/api-reference/messages) files, "vision" for Assistants image file inputs, "batch" for [Batch API](https://platform.openai.com/docs/guides/batch), and "fine-tune" for [Fine-tuning](https://platform.openai.com/docs/api-reference/fine-tuning).
    """


class DeleteFileResponse(BaseModel):
    id: str
    object: Literal["file"]
    deleted: bool


class BedrockParams(BaseModel):
    job_name: str | None = None
    """
    Job name for the bedrock finetune job
    """
    role_arn: str | None = None
    """
    Role ARN for the bedrock finetune job
    """
    output_file: str | None = None
    """
    Finetune job's output s3 location, will be constructed based on `training_file` if not provided
    """


class PortkeyOptions(BaseModel):
    """
    Options to be passed to the provider, supports all options supported by the provider from gateway.
    """

    x_portkey_virtual_key: str = Field(..., alias="x-portkey-virtual-key")
    """
    The virtual key to communicate with the provider
    """
    x_portkey_aws_s3_bucket: str | None = Field(None, alias="x-portkey-aws-s3-bucket")
    """
    The AWS S3 bucket to use for file upload during finetune
    """
    x_portkey_vertex_storage_bucket_name: str | None = Field(
        None, alias="x-portkey-vertex-storage-bucket-name"
    )
    """
    Google Storage bucket to use for file upload during finetune
    """


class RerankUsage(BaseModel):
    """
    Usage information for the rerank request.
    """

    search_units: int | None = None
    """
    The number of search units consumed by the request. Billing varies by provider.
    """


class CreateTranscriptionRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    file: bytes
    """
    The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
    """
    model: str | Literal["whisper-1"]
    """
    ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `whisper-1`.
    """
    language: str | None = None
    """
    The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format will improve accuracy and latency.
    """
    prompt: str | None = None
    """
    An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text/prompting) should match the audio language.
    """
    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] = "json"
    """
    The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
    """
    temperature: float = 0
    """
    The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
    """
    timestamp_granularities__: list[Literal["word", "segment"]] | None = Field(
        None, alias="timestamp_granularities[]"
    )
    """
    The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.
    """


class CreateTranscriptionResponseJson(BaseModel):
    """
    Represents a transcription response returned by model, based on the provided input.
    """

    text: str
    """
    The transcribed text.
    """


class TranscriptionSegment(BaseModel):
    id: int
    """
    Unique identifier of the segment.
    """
    seek: int
    """
    Seek offset of the segment.
    """
    start: float
    """
    Start time of the segment in seconds.
    """
    end: float
    """
    End time of the segment in seconds.
    """
    text: str
    """
    Text content of the segment.
    """
    tokens: list[int]
    """
    Array of token IDs for the text content.
    """
    temperature: float
    """
    Temperature parameter used for generating the segment.
    """
    avg_logprob: float
    """
    Average logprob of the segment. If the value is lower than -1, consider the logprobs failed.
    """
    compression_ratio: float
    """
    Compression ratio of the segment. If the value is greater than 2.4, consider the compression failed.
    """
    no_speech_prob: float
    """
    Probability of no speech in the segment. If the value is higher than 1.0 and the `avg_logprob` is below -1, consider this segment silent.
    """


class TranscriptionWord(BaseModel):
    word: str
    """
    The text content of the word.
    """
    start: float
    """
    Start time of the word in seconds.
    """
    end: float
    """
    End time of the word in seconds.
    """


class CreateTranscriptionResponseVerboseJson(BaseModel):
    """
    Represents a verbose json transcription response returned by model, based on the provided input.
    """

    language: str
    """
    The language of the input audio.
    """
    duration: str
    """
    The duration of the input audio.
    """
    text: str
    """
    The transcribed text.
    """
    words: list[TranscriptionWord] | None = None
    """
    Extracted words and their corresponding timestamps.
    """
    segments: list[TranscriptionSegment] | None = None
    """
    Segments of the transcribed text and their corresponding details.
    """


class CreateTranslationRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    file: bytes
    """
    The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
    """
    model: str | Literal["whisper-1"]
    """
    ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `whisper-1`.
    """
    prompt: str | None = None
    """
    An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text/prompting) should be in English.
    """
    response_format: str = "json"
    """
    The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
    """
    temperature: float = 0
    """
    The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
    """


class CreateTranslationResponseJson(BaseModel):
    text: str


class CreateTranslationResponseVerboseJson(BaseModel):
    language: str
    """
    The language of the output translation (always `english`).
    """
    duration: str
    """
    The duration of the input audio.
    """
    text: str
    """
    The translated text.
    """
    segments: list[TranscriptionSegment] | None = None
    """
    Segments of the translated text and their corresponding details.
    """


class CreateSpeechRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    model: str | Literal["tts-1", "tts-1-hd"]
    """
    One of the available [TTS models](https://platform.openai.com/docs/models/tts): `tts-1` or `tts-1-hd`
    """
    input: str = Field(..., max_length=4096)
    """
    The text to generate audio for. The maximum length is 4096 characters.
    """
    voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"]
    """
    The voice to use when generating the audio. Supported voices are `alloy`, `echo`, `fable`, `onyx`, `nova`, and `shimmer`. Previews of the voices are available in the [Text to speech guide](https://platform.openai.com/docs/guides/text-to-speech/voice-options).
    """
    response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] = "mp3"
    """
    The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
    """
    speed: float = Field(1.0, ge=0.25, le=4.0)
    """
    The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.
    """


class Model(BaseModel):
    """
    Describes an OpenAI model offering that can be used with the API.
    """

    id: str
    """
    The model identifier, which can be referenced in the API endpoints.
    """
    created: int
    """
    The Unix timestamp (in seconds) when the model was created.
    """
    object: Literal["model"]
    """
    The object type, which is always "model".
    """
    owned_by: str
    """
    The organization that owns the model.
    """


class Move(BaseModel):
    """
    A mouse move action.
    """

    type: Literal["move"]
    """
    Specifies the event type. For a move action, this property is
    always set to `move`.
    """
    x: int
    """
    The x-coordinate to move to.
    """
    y: int
    """
    The y-coordinate to move to.
    """


class OpenAiFile(BaseModel):
    """
    The `File` object represents a document that has been uploaded to OpenAI.
    """

    id: str
    """
    The file identifier, which can be referenced in the API endpoints.
    """
    bytes: int
    """
    The size of the file, in bytes.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the file was created.
    """
    filename: str
    """
    The name of the file.
    """
    object: Literal["file"]
    """
    The object type, which is always `file`.
    """
    purpose: Literal[
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "vision",
    ]
    """
    The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results` and `vision`.
    """
    status: Literal["uploaded", "processed", "error"] = Field(..., deprecated=True)
    """
    Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`.
    """
    status_details: str | None = Field(None, deprecated=True)
    """
    Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on `fine_tuning.job`.
    """


class DoubleClick(BaseModel):
    """
    A double click action.
    """

    type: Literal["double_click"]
    """
    Specifies the event type. For a double click action, this property is
    always set to `double_click`.
    """
    x: int
    """
    The x-coordinate where the double click occurred.
    """
    y: int
    """
    The y-coordinate where the double click occurred.
    """


class Embedding(BaseModel):
    """
    Represents an embedding vector returned by embedding endpoint.
    """

    index: int
    """
    The index of the embedding in the list of embeddings.
    """
    embedding: list[float]
    """
    The embedding vector, which is a list of floats. The length of vector depends on the model as listed in the [embedding guide](https://platform.openai.com/docs/guides/embeddings).
    """
    object: Literal["embedding"]
    """
    The object type, which is always "embedding".
    """


class FineTuningJobEvent(BaseModel):
    """
    Fine-tuning job event object
    """

    id: str
    created_at: int
    level: Literal["info", "warn", "error"]
    message: str
    object: Literal["fine_tuning.job.event"]


class FinetuneCompletionRequestInput(BaseModel):
    """
    The per-line training example of a fine-tuning input file for completions models
    """

    prompt: str | None = None
    """
    The input prompt for this training example.
    """
    completion: str | None = None
    """
    The desired completion for this training example.
    """


class Click(BaseModel):
    """
    A click action.
    """

    type: Literal["click"]
    """
    Specifies the event type. For a click action, this property is
    always set to `click`.
    """
    button: Literal["left", "right", "wheel", "back", "forward"]
    """
    Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`.
    """
    x: int
    """
    The x-coordinate where the click occurred.
    """
    y: int
    """
    The y-coordinate where the click occurred.
    """


class CodeInterpreterTextOutput(BaseModel):
    """
    The output of a code interpreter tool call that is text.
    """

    type: Literal["logs"]
    """
    The type of the code interpreter text output. Always `logs`.
    """
    logs: str
    """
    The logs of the code interpreter tool call.
    """


class CodeInterpreterTool(BaseModel):
    """
    A tool that runs code.
    """

    type: Literal["code_interpreter"]
    """
    The type of the code interpreter tool. Always `code_interpreter`.
    """
    file_ids: list[str]
    """
    The IDs of the files to run the code on.
    """


class ComparisonFilter(BaseModel):
    """
    A filter used to compare a specified attribute key to a given value using a defined comparison operation.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte"]
    """
    Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    """
    key: str
    """
    The key to compare against the value.
    """
    value: str | float | bool
    """
    The value to compare against the attribute key; supports string, number, or boolean types.
    """


class CompleteUploadRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    part_ids: list[str]
    """
    The ordered list of Part IDs.
    """
    md5: str | None = None
    """
    The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
    """


class CompoundFilter(BaseModel):
    """
    Combine multiple filters using `and` or `or`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["and", "or"]
    """
    Type of operation: `and` or `or`.
    """
    filters: list[ComparisonFilter | dict[str, Any]]
    """
    Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`.
    """


class ComputerScreenshotImage(BaseModel):
    """
    A computer screenshot image used with the computer use tool.
    """

    type: Literal["computer_screenshot"]
    """
    Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.
    """
    image_url: str | None = None
    """
    The URL of the screenshot image.
    """
    file_id: str | None = None
    """
    The identifier of an uploaded file that contains the screenshot.
    """


class ComputerTool(BaseModel):
    """
    A tool that controls a virtual computer. Learn more about the
    [computer tool](/docs/guides/tools-computer-use).
    """

    type: Literal["computer_use_preview"]
    """
    The type of the computer use tool. Always `computer_use_preview`.
    """
    display_width: float
    """
    The width of the computer display.
    """
    display_height: float
    """
    The height of the computer display.
    """
    environment: Literal["mac", "windows", "ubuntu", "browser"]
    """
    The type of computer environment to control.
    """


class ComputerToolCallSafetyCheck(BaseModel):
    """
    A pending safety check for the computer call.
    """

    id: str
    """
    The ID of the pending safety check.
    """
    code: str
    """
    The type of the pending safety check.
    """
    message: str
    """
    Details about the pending safety check.
    """


class Coordinate(BaseModel):
    """
    An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
    """

    x: int
    """
    The x-coordinate.
    """
    y: int
    """
    The y-coordinate.
    """


class Refusal(BaseModel):
    """
    A refusal from the model.
    """

    type: Literal["refusal"]
    """
    The type of the refusal. Always `refusal`.
    """
    refusal: str
    """
    The refusal explanationfrom the model.
    """


class ResponseAudioDeltaEvent(BaseModel):
    """
    Emitted when there is a partial audio response.
    """

    type: Literal["response.audio.delta"]
    """
    The type of the event. Always `response.audio.delta`.
    """
    delta: str
    """
    A chunk of Base64 encoded response audio bytes.
    """


class ResponseAudioDoneEvent(BaseModel):
    """
    Emitted when the audio response is complete.
    """

    type: Literal["response.audio.done"]
    """
    The type of the event. Always `response.audio.done`.
    """


class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """
    Emitted when there is a partial transcript of audio.
    """

    type: Literal["response.audio.transcript.delta"]
    """
    The type of the event. Always `response.audio.transcript.delta`.
    """
    delta: str
    """
    The partial transcript of the audio response.
    """


class ResponseAudioTranscriptDoneEvent(BaseModel):
    """
    Emitted when the full audio transcript is completed.
    """

    type: Literal["response.audio.transcript.done"]
    """
    The type of the event. Always `response.audio.transcript.done`.
    """


class ResponseCodeInterpreterCallCodeDeltaEvent(BaseModel):
    """
    Emitted when a partial code snippet is added by the code interpreter.
    """

    type: Literal["response.code_interpreter_call.code.delta"]
    """
    The type of the event. Always `response.code_interpreter_call.code.delta`.
    """
    output_index: int
    """
    The index of the output item that the code interpreter call is in progress.
    """
    delta: str
    """
    The partial code snippet added by the code interpreter.
    """


class ResponseCodeInterpreterCallCodeDoneEvent(BaseModel):
    """
    Emitted when code snippet output is finalized by the code interpreter.
    """

    type: Literal["response.code_interpreter_call.code.done"]
    """
    The type of the event. Always `response.code_interpreter_call.code.done`.
    """
    output_index: int
    """
    The index of the output item that the code interpreter call is in progress.
    """
    code: str
    """
    The final code snippet output by the code interpreter.
    """


class ResponseErrorEvent(BaseModel):
    """
    Emitted when an error occurs.
    """

    type: Literal["error"]
    """
    The type of the event. Always `error`.
    """
    code: str | None = Field(...)
    """
    The error code.
    """
    message: str
    """
    The error message.
    """
    param: str | None = Field(...)
    """
    The error parameter.
    """


class ResponseFileSearchCallCompletedEvent(BaseModel):
    """
    Emitted when a file search call is completed (results found).
    """

    type: Literal["response.file_search_call.completed"]
    """
    The type of the event. Always `response.file_search_call.completed`.
    """
    output_index: int
    """
    The index of the output item that the file search call is initiated.
    """
    item_id: str
    """
    The ID of the output item that the file search call is initiated.
    """


class ResponseFileSearchCallInProgressEvent(BaseModel):
    """
    Emitted when a file search call is initiated.
    """

    type: Literal["response.file_search_call.in_progress"]
    """
    The type of the event. Always `response.file_search_call.in_progress`.
    """
    output_index: int
    """
    The index of the output item that the file search call is initiated.
    """
    item_id: str
    """
    The ID of the output item that the file search call is initiated.
    """


class ResponseFileSearchCallSearchingEvent(BaseModel):
    """
    Emitted when a file search is currently searching.
    """

    type: Literal["response.file_search_call.searching"]
    """
    The type of the event. Always `response.file_search_call.searching`.
    """
    output_index: int
    """
    The index of the output item that the file search call is searching.
    """
    item_id: str
    """
    The ID of the output item that the file search call is initiated.
    """


class ResponseFormatJsonObject(BaseModel):
    """
    JSON object response format. An older method of generating JSON responses.
    Using `json_schema` is recommended for models that support it. Note that the
    model will not generate JSON without a system or user message instructing it
    to do so.
    """

    type: Literal["json_object"]
    """
    The type of response format being defined. Always `json_object`.
    """


class ResponseFormatJsonSchemaSchema(BaseModel):
    """
    The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ResponseFormatText(BaseModel):
    """
    Default response format. Used to generate text responses.
    """

    type: Literal["text"]
    """
    The type of response format being defined. Always `text`.
    """


class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """
    Emitted when there is a partial function-call arguments delta.
    """

    type: Literal["response.function_call_arguments.delta"]
    """
    The type of the event. Always `response.function_call_arguments.delta`.
    """
    item_id: str
    """
    The ID of the output item that the function-call arguments delta is added to.
    """
    output_index: int
    """
    The index of the output item that the function-call arguments delta is added to.
    """
    delta: str
    """
    The function-call arguments delta that is added.
    """


class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """
    Emitted when function-call arguments are finalized.
    """

    type: Literal["response.function_call_arguments.done"]
    item_id: str
    """
    The ID of the item.
    """
    output_index: int
    """
    The index of the output item.
    """
    arguments: str
    """
    The function-call arguments.
    """


class ResponseModalities(RootModel[list[Literal["text", "audio"]] | None]):
    """
    Output types that you would like the model to generate.
    Most models are capable of generating text, which is the default:

    `["text"]`

    The `gpt-4o-audio-preview` model can also be used to
    [generate audio](/docs/guides/audio). To request that this model generate
    both text and audio responses, you can use:

    `["text", "audio"]`
    """

    root: list[Literal["text", "audio"]] | None = Field(...)
    """
    Output types that you would like the model to generate.
    Most models are capable of generating text, which is the default:

    `["text"]`

    The `gpt-4o-audio-preview` model can also be used to
    [generate audio](/docs/guides/audio). To request that this model generate
    both text and audio responses, you can use:

    `["text", "audio"]`
    """


class ResponseModalitiesTextOnly(RootModel[list[Literal["text"]] | None]):
    """
    Output types that you would like the model to generate.
    Most models are capable of generating text, which is the default:

    `["text"]`

    This API will soon support other output modalities, including audio and images.
    """

    root: list[Literal["text"]] | None = Field(...)
    """
    Output types that you would like the model to generate.
    Most models are capable of generating text, which is the default:

    `["text"]`

    This API will soon support other output modalities, including audio and images.
    """


class ResponseRefusalDeltaEvent(BaseModel):
    """
    Emitted when there is a partial refusal text.
    """

    type: Literal["response.refusal.delta"]
    """
    The type of the event. Always `response.refusal.delta`.
    """
    item_id: str
    """
    The ID of the output item that the refusal text is added to.
    """
    output_index: int
    """
    The index of the output item that the refusal text is added to.
    """
    content_index: int
    """
    The index of the content part that the refusal text is added to.
    """
    delta: str
    """
    The refusal text that is added.
    """


class ResponseRefusalDoneEvent(BaseModel):
    """
    Emitted when refusal text is finalized.
    """

    type: Literal["response.refusal.done"]
    """
    The type of the event. Always `response.refusal.done`.
    """
    item_id: str
    """
    The ID of the output item that the refusal text is finalized.
    """
    output_index: int
    """
    The index of the output item that the refusal text is finalized.
    """
    content_index: int
    """
    The index of the content part that the refusal text is finalized.
    """
    refusal: str
    """
    The refusal text that is finalized.
    """


class ResponseTextDeltaEvent(BaseModel):
    """
    Emitted when there is an additional text delta.
    """

    type: Literal["response.output_text.delta"]
    """
    The type of the event. Always `response.output_text.delta`.
    """
    item_id: str
    """
    The ID of the output item that the text delta was added to.
    """
    output_index: int
    """
    The index of the output item that the text delta was added to.
    """
    content_index: int
    """
    The index of the content part that the text delta was added to.
    """
    delta: str
    """
    The text delta that was added.
    """


class ResponseTextDoneEvent(BaseModel):
    """
    Emitted when text content is finalized.
    """

    type: Literal["response.output_text.done"]
    """
    The type of the event. Always `response.output_text.done`.
    """
    item_id: str
    """
    The ID of the output item that the text content is finalized.
    """
    output_index: int
    """
    The index of the output item that the text content is finalized.
    """
    content_index: int
    """
    The index of the content part that the text content is finalized.
    """
    text: str
    """
    The text content that is finalized.
    """


class ResponseWebSearchCallCompletedEvent(BaseModel):
    """
    Emitted when a web search call is completed.
    """

    type: Literal["response.web_search_call.completed"]
    """
    The type of the event. Always `response.web_search_call.completed`.
    """
    output_index: int
    """
    The index of the output item that the web search call is associated with.
    """
    item_id: str
    """
    Unique ID for the output item associated with the web search call.
    """


class ResponseWebSearchCallInProgressEvent(BaseModel):
    """
    Emitted when a web search call is initiated.
    """

    type: Literal["response.web_search_call.in_progress"]
    """
    The type of the event. Always `response.web_search_call.in_progress`.
    """
    output_index: int
    """
    The index of the output item that the web search call is associated with.
    """
    item_id: str
    """
    Unique ID for the output item associated with the web search call.
    """


class ResponseWebSearchCallSearchingEvent(BaseModel):
    """
    Emitted when a web search call is executing.
    """

    type: Literal["response.web_search_call.searching"]
    """
    The type of the event. Always `response.web_search_call.searching`.
    """
    output_index: int
    """
    The index of the output item that the web search call is associated with.
    """
    item_id: str
    """
    Unique ID for the output item associated with the web search call.
    """


class RunCompletionUsage(BaseModel):
    """
    Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.).
    """

    completion_tokens: int
    """
    Number of completion tokens used over the course of the run.
    """
    prompt_tokens: int
    """
    Number of prompt tokens used over the course of the run.
    """
    total_tokens: int
    """
    Total number of tokens used (prompt + completion).
    """


class RunStepCompletionUsage(BaseModel):
    """
    Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`.
    """

    completion_tokens: int
    """
    Number of completion tokens used over the course of the run step.
    """
    prompt_tokens: int
    """
    Number of prompt tokens used over the course of the run step.
    """
    total_tokens: int
    """
    Total number of tokens used (prompt + completion).
    """


class AssistantsApiResponseFormat(BaseModel):
    """
    An object describing the expected output of the model. If `json_object` only `function` type `tools` are allowed to be passed to the Run. If `text` the model can return text or any value needed.
    """

    type: Literal["text", "json_object"] = "text"
    """
    Must be one of `text` or `json_object`.
    """


class ModelResponseProperties(BaseModel):
    metadata: dict[str, str] | None = None
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    We generally recommend altering this or `top_p` but not both.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling,
    where the model considers the results of the tokens with top_p probability
    mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.
    """
    user: str | None = None
    """
    A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
    """


class DeleteAssistantResponse(BaseModel):
    id: str
    deleted: bool
    object: Literal["assistant.deleted"]


class ItemReference(BaseModel):
    """
    An internal identifier for an item to reference.
    """

    id: str
    """
    The ID of the item to reference.
    """
    type: Literal["item_reference"]
    """
    The type of item to reference. Always `item_reference`.
    """


class KeyPress(BaseModel):
    """
    A collection of keypresses the model would like to perform.
    """

    type: Literal["keypress"]
    """
    Specifies the event type. For a keypress action, this property is
    always set to `keypress`.
    """
    keys: list[str]
    """
    The combination of keys the model is requesting to be pressed. This is an
    array of strings, each representing a key.
    """


class AssistantToolsCode(BaseModel):
    type: Literal["code_interpreter"]
    """
    The type of tool being defined: `code_interpreter`
    """


class AssistantToolsFileSearchTypeOnly(BaseModel):
    type: Literal["file_search"]
    """
    The type of tool being defined: `file_search`
    """


class AssistantToolsFunction(BaseModel):
    type: Literal["function"]
    """
    The type of tool being defined: `function`
    """
    function: FunctionObject


class TruncationObject(BaseModel):
    """
    Controls for how a thread will be truncated prior to the run. Use this to control the intial context window of the run.
    """

    type: Literal["auto", "last_messages"]
    """
    The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`.
    """
    last_messages: int | None = Field(None, ge=1)
    """
    The number of most recent messages from the thread when constructing the context for the run.
    """


class ModifyRunRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class TextResponseFormatJsonSchema(BaseModel):
    """
    JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).
    """

    type: Literal["json_schema"]
    """
    The type of response format being defined. Always `json_schema`.
    """
    description: str | None = None
    """
    A description of what the response format is for, used by the model to
    determine how to respond in the format.
    """
    name: str | None = None
    """
    The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
    """
    schema_: ResponseFormatJsonSchemaSchema = Field(..., alias="schema")
    strict: bool | None = False
    """
    Whether to enable strict schema adherence when generating the output.
    If set to true, the model will always follow the exact schema defined
    in the `schema` field. Only a subset of JSON Schema is supported when
    `strict` is `true`. To learn more, read the [Structured Outputs
    guide](/docs/guides/structured-outputs).
    """


class Screenshot(BaseModel):
    """
    A screenshot action.
    """

    type: Literal["screenshot"]
    """
    Specifies the event type. For a screenshot action, this property is
    always set to `screenshot`.
    """


class Scroll(BaseModel):
    """
    A scroll action.
    """

    type: Literal["scroll"]
    """
    Specifies the event type. For a scroll action, this property is
    always set to `scroll`.
    """
    x: int
    """
    The x-coordinate where the scroll occurred.
    """
    y: int
    """
    The y-coordinate where the scroll occurred.
    """
    scroll_x: int
    """
    The horizontal scroll distance.
    """
    scroll_y: int
    """
    The vertical scroll distance.
    """


class DeleteThreadResponse(BaseModel):
    id: str
    deleted: bool
    object: Literal["thread.deleted"]


class ModifyMessageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class DeleteMessageResponse(BaseModel):
    id: str
    deleted: bool
    object: Literal["thread.message.deleted"]


class MessageRequestContentTextObject(BaseModel):
    """
    The text content that is part of a message.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    text: str
    """
    Text content to be sent to the model
    """


class RunStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """
    Text output from the Code Interpreter tool call as part of a run step.
    """

    type: Literal["logs"]
    """
    Always `logs`.
    """
    logs: str
    """
    The text output from the Code Interpreter tool call.
    """


class RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """
    Text output from the Code Interpreter tool call as part of a run step.
    """

    index: int
    """
    The index of the output in the outputs array.
    """
    type: Literal["logs"]
    """
    Always `logs`.
    """
    logs: str | None = None
    """
    The text output from the Code Interpreter tool call.
    """


class RunStepDetailsToolCallsFileSearchObject(BaseModel):
    id: str
    """
    The ID of the tool call object.
    """
    type: Literal["file_search"]
    """
    The type of tool call. This is always going to be `file_search` for this type of tool call.
    """
    file_search: dict[str, Any]
    """
    For now, this is always going to be an empty object.
    """


class RunStepDeltaStepDetailsToolCallsFileSearchObject(BaseModel):
    index: int
    """
    The index of the tool call in the tool calls array.
    """
    id: str | None = None
    """
    The ID of the tool call object.
    """
    type: Literal["file_search"]
    """
    The type of tool call. This is always going to be `file_search` for this type of tool call.
    """
    file_search: dict[str, Any]
    """
    For now, this is always going to be an empty object.
    """


class VectorStoreExpirationAfter(BaseModel):
    """
    The expiration policy for a vector store.
    """

    anchor: Literal["last_active_at"]
    """
    Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`.
    """
    days: int = Field(..., ge=1, le=365)
    """
    The number of days after the anchor time that the vector store will expire.
    """


class VectorStoreSearchResultContentObject(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["text"]
    """
    The type of content.
    """
    text: str
    """
    The text content returned from search.
    """


class VoiceIdsShared(
    RootModel[
        str
        | Literal[
            "alloy",
            "ash",
            "ballad",
            "coral",
            "echo",
            "fable",
            "onyx",
            "nova",
            "sage",
            "shimmer",
            "verse",
        ]
    ]
):
    root: (
        str
        | Literal[
            "alloy",
            "ash",
            "ballad",
            "coral",
            "echo",
            "fable",
            "onyx",
            "nova",
            "sage",
            "shimmer",
            "verse",
        ]
    )


class Wait(BaseModel):
    """
    A wait action.
    """

    type: Literal["wait"]
    """
    Specifies the event type. For a wait action, this property is
    always set to `wait`.
    """


class WebSearchLocation(BaseModel):
    """
    Approximate location parameters for the search.
    """

    country: str | None = None
    """
    The two-letter
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`.
    """
    region: str | None = None
    """
    Free text input for the region of the user, e.g. `California`.
    """
    city: str | None = None
    """
    Free text input for the city of the user, e.g. `San Francisco`.
    """
    timezone: str | None = None
    """
    The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    of the user, e.g. `America/Los_Angeles`.
    """


class WebSearchToolCall(BaseModel):
    """
    The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information.
    """

    id: str
    """
    The unique ID of the web search tool call.
    """
    type: Literal["web_search_call"]
    """
    The type of the web search tool call. Always `web_search_call`.
    """
    status: Literal["in_progress", "searching", "completed", "failed"]
    """
    The status of the web search tool call.
    """


class Type(BaseModel):
    """
    An action to type in text.
    """

    type: Literal["type"]
    """
    Specifies the event type. For a type action, this property is
    always set to `type`.
    """
    text: str
    """
    The text to type.
    """


class UpdateVectorStoreRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: str | None = None
    """
    The name of the vector store.
    """
    expires_after: VectorStoreExpirationAfter | None = None
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class UrlCitation(BaseModel):
    """
    A citation for a web resource used to generate a model response.
    """

    url: str
    """
    The URL of the web resource.
    """
    title: str
    """
    The title of the web resource.
    """
    type: Literal["url_citation"]
    """
    The type of the URL citation. Always `url_citation`.
    """
    start_index: int
    """
    The index of the first character of the URL citation in the message.
    """
    end_index: int
    """
    The index of the last character of the URL citation in the message.
    """


class DeleteVectorStoreResponse(BaseModel):
    id: str
    deleted: bool
    object: Literal["vector_store.deleted"]


class OtherChunkingStrategyResponseParam(BaseModel):
    """
    This is returned when the chunking strategy is unknown. Typically, this is because the file was indexed before the `chunking_strategy` concept was introduced in the API.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["other"]
    """
    Always `other`.
    """


class StaticChunkingStrategy(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    max_chunk_size_tokens: int = Field(..., ge=100, le=4096)
    """
    The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`.
    """
    chunk_overlap_tokens: int
    """
    The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """


class AutoChunkingStrategyRequestParam(BaseModel):
    """
    The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["auto"]
    """
    Always `auto`.
    """


class StaticChunkingStrategyRequestParam(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["static"]
    """
    Always `static`.
    """
    static: StaticChunkingStrategy


class CreateVectorStoreFileRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    file_id: str
    """
    A [File](https://platform.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files.
    """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None
    ) = None
    """
    The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    """


class DeleteVectorStoreFileResponse(BaseModel):
    id: str
    deleted: bool
    object: Literal["vector_store.file.deleted"]


class CreateVectorStoreFileBatchRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    file_ids: list[str] = Field(..., max_length=500, min_length=1)
    """
    A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
    """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None
    ) = None
    """
    The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    """


class ToolChoiceFunction(BaseModel):
    """
    Use this option to force the model to call a specific function.
    """

    type: Literal["function"]
    """
    For function calling, the type is always `function`.
    """
    name: str
    """
    The name of the function to call.
    """


class ToolChoiceTypes(BaseModel):
    """
    Indicates that the model should use a built-in tool to generate a response.
    [Learn more about built-in tools](/docs/guides/tools).
    """

    type: Literal[
        "file_search",
        "web_search_preview",
        "computer_use_preview",
        "web_search_preview_2025_03_11",
    ]
    """
    The type of hosted tool the model should to use. Learn more about
    [built-in tools](/docs/guides/tools).

    Allowed values are:
    - `file_search`
    - `web_search_preview`
    - `computer_use_preview`
    """


class ErrorEvent(BaseModel):
    """
    Occurs when an [error](https://platform.openai.com/docs/guides/error-codes/api-errors) occurs. This can happen due to an internal server error or a timeout.
    """

    event: Literal["error"]
    data: Error


class FileCitation(BaseModel):
    """
    A citation to a file.
    """

    type: Literal["file_citation"]
    """
    The type of the file citation. Always `file_citation`.
    """
    index: int
    """
    The index of the file in the list of files.
    """
    file_id: str
    """
    The ID of the file.
    """


class FilePath(BaseModel):
    """
    A path to a file.
    """

    type: Literal["file_path"]
    """
    The type of the file path. Always `file_path`.
    """
    file_id: str
    """
    The ID of the file.
    """
    index: int
    """
    The index of the file in the list of files.
    """


class DoneEvent(BaseModel):
    """
    Occurs when a stream ends.
    """

    event: Literal["done"]
    data: Literal["[DONE]"]


class BatchRequestInput(BaseModel):
    """
    The per-line object of the batch input file
    """

    custom_id: str | None = None
    """
    A developer-provided per-request id that will be used to match outputs to inputs. Must be unique for each request in a batch.
    """
    method: Literal["POST"] | None = None
    """
    The HTTP method to be used for the request. Currently only `POST` is supported.
    """
    url: str | None = None
    """
    The Portkey API relative URL to be used for the request. Currently `/v1/chat/completions`, `/v1/embeddings`, and `/v1/completions` are supported.
    """


class FeedbackRequest(BaseModel):
    trace_id: str
    """
    Unique identifier for the request trace.
    """
    value: int = Field(..., ge=-10, le=10)
    """
    Feedback value, an integer between -10 and 10.
    """
    weight: float = Field(1.0, ge=0.0, le=1.0)
    """
    Weight of the feedback, a float between 0 and 1. Default is 1.0.
    """
    metadata: dict[str, Any] | None = None
    """
    Additional metadata for the feedback.
    """


class FeedbackResponse(BaseModel):
    status: str | None = None
    """
    success or failure
    """
    message: str | None = None
    """
    Confirmation message indicating successful feedback submission.
    """
    feedback_ids: list[str] | None = None
    """
    Ids of Feedbacks created returned in the same order as input
    """


class FeedbackUpdateRequest(BaseModel):
    value: int = Field(..., ge=-10, le=10)
    """
    Feedback value, an integer between -10 and 10.
    """
    weight: float = Field(1.0, ge=0.0, le=1.0)
    """
    Weight of the feedback, a float between 0 and 1. Default is 1.0.
    """
    metadata: dict[str, Any] | None = None
    """
    Additional metadata for the feedback.
    """


class RateLimits(BaseModel):
    type: Literal["requests", "tokens"] | None = None
    unit: Literal["rpd", "rph", "rpm"] | None = None
    value: int | None = None


class UsageLimits(BaseModel):
    credit_limit: int | None = Field(None, ge=1)
    """
    Credit Limit. Used for tracking usage
    """
    type: Literal["cost", "tokens"] | None = None
    """
    Type of credit limit
    """
    alert_threshold: int | None = Field(None, ge=1)
    """
    Alert Threshold. Used for alerting when usage reaches more than this
    """
    periodic_reset: Literal["monthly", "weekly"] | None = None
    """
    Reset the usage periodically.
    """
    periodic_reset_days: int | None = Field(None, ge=1, le=365)
    """
    Reset the usage counter every N days (1-365). Mutually exclusive with periodic_reset.
    """
    next_usage_reset_at: AwareDatetime | None = None
    """
    ISO 8601 datetime for the next scheduled usage reset. Auto-computed from periodic_reset or periodic_reset_days if not provided.
    """


class GlobalWorkspaceAccessSettings(BaseModel):
    """
    Global workspace access configuration
    """

    enabled: bool
    """
    Whether global workspace access is enabled. When enabled, the integration will be enabled for all workspaces that are created in future.
    """
    usage_limits: list[UsageLimits] | None = Field(None, max_length=1)
    rate_limits: list[RateLimits] | None = Field(None, max_length=1)


class GlobalWorkspaceAccess(BaseModel):
    enabled: bool
    """
    Whether global workspace access is enabled. When enabled, the integration will be enabled for all workspaces that are created in future.
    """
    usage_limits: list[UsageLimits] | None = Field(None, max_length=1)
    rate_limits: list[RateLimits] | None = Field(None, max_length=1)


class OpenAiConfiguration(BaseModel):
    openai_organization: str | None = None
    """
    OpenAI organization ID
    """
    openai_project: str | None = None
    """
    OpenAI project ID
    """


class AzureDeploymentConfig(BaseModel):
    alias: str | None = None
    """
    Alias for the deployment
    """
    azure_api_version: str = Field(..., max_length=30)
    """
    Azure API version
    """
    azure_deployment_name: str
    """
    Azure deployment name
    """
    is_default: bool = False
    """
    Whether this is the default deployment
    """
    azure_model_slug: str
    """
    Azure model slug
    """


class BedrockConfiguration(BaseModel):
    aws_auth_type: Literal["accessKey", "assumedRole"]
    """
    AWS authentication type
    """
    aws_region: str
    """
    AWS region
    """
    aws_access_key_id: str | None = None
    """
    AWS access key ID (required for accessKey auth)
    """
    aws_secret_access_key: str | None = None
    """
    AWS secret access key (required for accessKey auth)
    """
    aws_role_arn: str | None = None
    """
    AWS role ARN (required for assumedRole auth)
    """
    aws_external_id: str | None = None
    """
    AWS external ID (optional for assumedRole auth)
    """


class SageMakerConfiguration(BedrockConfiguration):
    amzn_sagemaker_custom_attributes: str | None = None
    """
    Custom attributes for SageMaker
    """
    amzn_sagemaker_target_model: str | None = None
    """
    Target model for SageMaker
    """
    amzn_sagemaker_target_variant: str | None = None
    """
    Target variant for SageMaker
    """
    amzn_sagemaker_target_container_hostname: str | None = None
    """
    Target container hostname
    """
    amzn_sagemaker_inference_id: str | None = None
    """
    Inference ID
    """
    amzn_sagemaker_enable_explanations: str | None = None
    """
    Enable explanations
    """
    amzn_sagemaker_inference_component: str | None = None
    """
    Inference component
    """
    amzn_sagemaker_session_id: str | None = None
    """
    Session ID
    """
    amzn_sagemaker_model_name: str | None = None
    """
    Model name
    """


class VertexAiConfiguration(BaseModel):
    vertex_auth_type: Literal["basic", "serviceAccount"]
    """
    Vertex AI authentication type
    """
    vertex_region: str
    """
    GCP region
    """
    vertex_project_id: str | None = None
    """
    GCP project ID (required for basic auth)
    """
    vertex_service_account_json: dict[str, Any] | None = None
    """
    Service account JSON (required for serviceAccount auth)
    """


class AzureAiConfiguration(BaseModel):
    azure_auth_mode: Literal["default", "entra", "managed"]
    """
    Authentication mode for Azure AI
    """
    azure_foundry_url: str
    """
    Azure AI Foundry URL
    """
    azure_api_version: str | None = Field(None, max_length=30)
    """
    Azure API version
    """
    azure_deployment_name: str | None = None
    """
    Azure deployment name
    """
    azure_entra_tenant_id: str | None = None
    """
    Azure AD tenant ID (required for entra auth)
    """
    azure_entra_client_id: str | None = None
    """
    Azure AD client ID (required for entra auth)
    """
    azure_entra_client_secret: str | None = None
    """
    Azure AD client secret (required for entra auth)
    """
    azure_managed_client_id: str | None = None
    """
    Managed identity client ID (optional for managed auth)
    """


class WorkersAiConfiguration(BaseModel):
    workers_ai_account_id: str
    """
    Cloudflare Workers AI account ID
    """


class HuggingFaceConfiguration(BaseModel):
    huggingface_base_url: str | None = None
    """
    Custom Hugging Face base URL
    """


class CortexConfiguration(BaseModel):
    snowflake_account: str
    """
    Snowflake account identifier
    """


class CustomHostConfiguration(BaseModel):
    custom_host: str | None = None
    """
    Custom host URL (can be used along with other provider specific configuration fields)
    """
    custom_headers: dict[str, str] | None = None
    """
    Custom headers to send with requests (can be used along with other provider specific configuration fields)
    """


class SecretMapping(BaseModel):
    target_field: str
    """
    The field on the entity to populate from the secret reference. Must be unique within the array.
    - **Integrations**: `key` or `configurations.<field>` (e.g. `configurations.aws_secret_access_key`)
    - **Virtual Keys**: `key` or `model_config.<field>` (e.g. `model_config.awsSecretAccessKey`)
    - **MCP Integrations**: `configurations.<field>` (e.g. `configurations.oauth_metadata`)
    """
    secret_reference_id: str
    """
    UUID or slug of the secret reference. Must belong to the same organisation and be accessible by the workspace.
    """
    secret_key: str | None = None
    """
    Override the secret_key defined on the secret reference. Use to pick a specific key from a multi-value secret.
    """
    value_format: Literal["json", "string"] | None = None
    """
    Format of the secret value.
    - `string`: The secret value is treated as a plain string.
    - `json`: The secret value is parsed as JSON before being applied to the target field. Use this when the target field expects a structured object (e.g. `configurations.oauth_metadata`).
    """


class UpdateSecretReferenceRequest(BaseModel):
    name: str | None = Field(None, max_length=255, min_length=1)
    description: str | None = Field(None, max_length=1024)
    auth_config: dict[str, Any] | None = None
    """
    Merged with existing config, validated against existing manager_type
    """
    secret_path: str | None = Field(None, max_length=1024)
    secret_key: str | None = Field(None, max_length=255)
    allow_all_workspaces: bool | None = None
    """
    When true, all workspace-specific mappings are purged
    """
    allowed_workspaces: list[str] | None = Field(None, min_length=1)
    """
    Replaces existing workspace mappings. Automatically sets allow_all_workspaces to false.
    """
    tags: dict[str, str] | None = None


class SecretReferenceListItem(BaseModel):
    id: str | None = None
    name: str | None = None
    slug: str | None = None
    manager_type: Literal["aws_sm", "azure_kv", "hashicorp_vault"] | None = None
    status: Literal["ACTIVE"] | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    object: Literal["secret-reference"] | None = None


class SecretReferenceDetailResponse(BaseModel):
    id: str | None = None
    organisation_id: str | None = None
    name: str | None = None
    slug: str | None = None
    description: str | None = None
    manager_type: Literal["aws_sm", "azure_kv", "hashicorp_vault"] | None = None
    secret_path: str | None = None
    secret_key: str | None = None
    allow_all_workspaces: bool | None = None
    tags: dict[str, str] | None = None
    status: Literal["ACTIVE"] | None = None
    created_by: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    auth_config: dict[str, Any] | None = None
    """
    Sensitive fields are masked for non-system users
    """
    object: Literal["secret-reference"] | None = None


class AwsAccessKeyAuthConfig(BaseModel):
    aws_auth_type: Literal["accessKey"]
    aws_access_key_id: str
    aws_secret_access_key: str
    aws_region: str


class AwsAssumedRoleAuthConfig(BaseModel):
    aws_auth_type: Literal["assumedRole"]
    aws_role_arn: str
    aws_external_id: str | None = None
    aws_region: str


class AwsServiceRoleAuthConfig(BaseModel):
    aws_auth_type: Literal["serviceRole"]
    aws_region: str | None = None


class AzureEntraAuthConfig(BaseModel):
    azure_auth_mode: Literal["entra"]
    azure_entra_tenant_id: str
    azure_entra_client_id: str
    azure_entra_client_secret: str
    azure_vault_url: str
    aws_auth_type: Literal["AzureEntraAuthConfig"]


class AzureManagedAuthConfig(BaseModel):
    azure_auth_mode: Literal["managed"]
    azure_managed_client_id: str | None = None
    azure_vault_url: str
    aws_auth_type: Literal["AzureManagedAuthConfig"]


class AzureDefaultAuthConfig(BaseModel):
    azure_auth_mode: Literal["default"]
    azure_vault_url: str
    aws_auth_type: Literal["AzureDefaultAuthConfig"]


class HashicorpTokenAuthConfig(BaseModel):
    vault_auth_type: Literal["token"]
    vault_addr: str
    vault_token: str
    vault_namespace: str | None = None
    aws_auth_type: Literal["HashicorpTokenAuthConfig"]


class HashicorpAppRoleAuthConfig(BaseModel):
    vault_auth_type: Literal["approle"]
    vault_addr: str
    vault_role_id: str
    vault_secret_id: str
    vault_namespace: str | None = None
    aws_auth_type: Literal["HashicorpAppRoleAuthConfig"]


class HashicorpKubernetesAuthConfig(BaseModel):
    vault_auth_type: Literal["kubernetes"]
    vault_addr: str
    vault_role: str
    vault_namespace: str | None = None
    aws_auth_type: Literal["HashicorpKubernetesAuthConfig"]


class IntegrationList(BaseModel):
    id: str | None = None
    organisation_id: str | None = None
    ai_provider_id: str | None = None
    name: str | None = None
    status: Literal["active", "archived"] | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    slug: str | None = None
    description: str | None = None
    object: Literal["integration"] | None = None


class ModelConfigurations(BaseModel):
    custom_host: str | None = None
    """
    Custom Host URL for the model.
    """


class TokenPricing(BaseModel):
    price: float | None = None
    """
    Price per token
    """


class IntegrationWorkspace(BaseModel):
    id: str | None = None
    """
    Workspace ID
    """
    enabled: bool | None = None
    """
    Whether the workspace has access
    """
    usage_limits: list[UsageLimits] | None = None
    rate_limits: list[RateLimits] | None = None


class WorkspaceUpdateRequest(BaseModel):
    id: str
    """
    Workspace ID
    """
    enabled: bool
    """
    Whether to enable workspace access
    """
    usage_limits: list[UsageLimits] | None = Field(None, max_length=1)
    rate_limits: list[RateLimits] | None = Field(None, max_length=1)
    reset_usage: bool | None = None
    """
    Whether to reset current usage. If the current status is exhausted, this will change it back to active.
    """
    create_default_provider: bool | None = None
    """
    Whether to automatically create a default provider for this workspace. Overrides the top-level create_default_provider setting.
    """
    default_provider_slug: str | None = None
    """
    Custom slug for the auto-created default provider for this workspace. Overrides the top-level default_provider_slug. If the slug already exists, the request will fail with a validation error.
    """


class Providers(BaseModel):
    name: str | None = None
    integration_id: str | None = None
    note: str | None = None
    status: Literal["active", "exhausted", "expired"] | None = None
    usage_limits: UsageLimits | None = None
    reset_usage: float | None = None
    created_at: AwareDatetime | None = None
    slug: str | None = None
    rate_limits: list[RateLimits] | None = None
    expires_at: AwareDatetime | None = None
    object: Literal["provider"] | None = None


class VirtualKeys(BaseModel):
    name: str | None = None
    note: str | None = None
    status: Literal["active", "exhausted"] | None = None
    usage_limits: UsageLimits | None = None
    reset_usage: float | None = None
    created_at: AwareDatetime | None = None
    slug: str | None = None
    model_config_: dict[str, Any] | None = Field(None, alias="model_config")
    rate_limits: list[RateLimits] | None = None
    expires_at: AwareDatetime | None = None
    secret_mappings: list[SecretMapping] | None = None
    """
    Secret reference mappings for this virtual key. Valid target_field values are "key" or "model_config.<field>".
    """
    object: Literal["virtual-key"] | None = None


class Invite(BaseModel):
    object: str | None = None
    id: str | None = None
    email: str | None = None
    role: Literal["admin", "member"] | None = None
    created_at: AwareDatetime | None = None
    expires_at: AwareDatetime | None = None
    accepted_at: AwareDatetime | None = None
    status: Literal["pending", "cancelled", "accepted", "expired"] | None = None
    invited_by: str | None = None


class InviteList(BaseModel):
    object: Literal["list"] | None = None
    total: int | None = None
    data: list[Invite] | None = None


class User(BaseModel):
    object: Literal["user"] | None = None
    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    role: Literal["admin", "member", "owner"] | None = None
    email: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    workspace_ids: list[str] | None = None


class UserList(BaseModel):
    total: int | None = None
    object: Literal["list"] | None = None
    data: list[User] | None = None


class WorkspaceMember(BaseModel):
    object: Literal["workspace-user"] | None = None
    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    org_role: Literal["admin", "member", "owner"] | None = None
    role: Literal["admin", "member", "manager"] | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    status: Literal["active"] | None = None
    workspace_id: str | None = None
    email: str | None = None
    scopes: list[str] | None = None
    settings: dict[str, Any] | None = None


class WorkspaceMemberList(BaseModel):
    total: int | None = None
    object: Literal["list"] | None = None
    data: list[WorkspaceMember] | None = None


class User1(BaseModel):
    object: Literal["workspace-user"] | None = None
    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    org_role: Literal["admin", "member", "owner"] | None = None
    role: Literal["admin", "member", "manager"] | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    status: Literal["active"] | None = None
    workspace_id: str | None = None
    email: str | None = None
    scopes: list[str] | None = None
    settings: dict[str, Any] | None = None


class ScimWorkspaceMapping(BaseModel):
    id: str | None = None
    """
    Unique ID of the mapping
    """
    workspace_id: str | None = None
    """
    ID of the mapped workspace
    """
    scim_group: str | None = None
    """
    Display name of the SCIM group
    """
    role: Literal["admin", "member", "manager"] | None = None
    """
    Role assigned to group members
    """
    scim_group_id: str | None = None
    """
    ID of the SCIM group
    """


class Collection(BaseModel):
    id: str | None = None
    name: str | None = None
    workspace_id: str | None = None
    slug: str | None = None
    parent_collection_id: str | None = None
    is_default: bool | None = None
    status: Literal["active", "archived"] | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None


class CollectionDetails(BaseModel):
    child_collections_count: int | None = None
    prompts_count: int | None = None
    child_collections_last_updated_at: AwareDatetime | None = None
    prompts_last_updated_at: AwareDatetime | None = None


class CollectionWithDetails(Collection):
    collection_details: CollectionDetails | None = None


class ChildCollection(BaseModel):
    id: str | None = None
    name: str | None = None
    last_updated_at: AwareDatetime | None = None
    collection_details: CollectionDetails | None = None


class CollectionWithChildCollections(Collection):
    child_collections: list[ChildCollection] | None = None


class Label(BaseModel):
    id: str | None = None
    """
    Unique identifier for the label
    """
    name: str | None = None
    """
    Name of the label
    """
    description: str | None = None
    """
    Description of the label
    """
    color_code: str | None = None
    """
    Color code for the label
    """
    organisation_id: str | None = None
    """
    ID of the organisation the label belongs to
    """
    workspace_id: str | None = None
    """
    ID of the workspace the label belongs to
    """
    is_universal: bool | None = None
    """
    Whether the label is universal
    """
    created_at: AwareDatetime | None = None
    """
    When the label was created
    """
    last_updated_at: AwareDatetime | None = None
    """
    When the label was last updated
    """
    status: str | None = None
    """
    Status of the label
    """


class CreateLabelRequest(BaseModel):
    model_config = ConfigDict(
        regex_engine="python-re",
    )
    organisation_id: str | None = None
    """
    ID of the organisation
    """
    workspace_id: str | None = None
    """
    ID or slug of the workspace
    """
    name: str = Field(
        ...,
        pattern="^(?!latest$)(?!default$)(?!\\d+$)[a-zA-Z0-9_-]*[^@\\s]?[a-zA-Z0-9_-]*$",
    )
    """
    Name of the label
    """
    description: str | None = None
    """
    Description of the label
    """
    color_code: str | None = None
    """
    Color code for the label
    """


class UpdateLabelRequest(BaseModel):
    model_config = ConfigDict(
        regex_engine="python-re",
    )
    name: str | None = Field(
        None,
        pattern="^(?!latest$)(?!default$)(?!\\d+$)[a-zA-Z0-9_-]*[^@\\s]?[a-zA-Z0-9_-]*$",
    )
    """
    Name of the label
    """
    description: str | None = None
    """
    Description of the label
    """
    color_code: str | None = None
    """
    Color code for the label
    """


class CreateLabelResponse(BaseModel):
    id: str | None = None
    """
    ID of the created label
    """


class ListLabelsResponse(BaseModel):
    total: int | None = None
    """
    Total number of labels
    """
    data: list[Label] | None = None


class PromptSummary(BaseModel):
    id: str | None = None
    slug: str | None = None
    name: str | None = None
    collection_id: str | None = None
    model: str | None = None
    status: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    object: Literal["prompt"] | None = None


class Prompt(BaseModel):
    id: str | None = None
    slug: str | None = None
    name: str | None = None
    collection_id: str | None = None
    string: str | None = None
    parameters: dict[str, Any] | None = None
    prompt_version: float | None = None
    prompt_version_id: str | None = None
    prompt_version_status: Literal["active", "archived"] | None = None
    prompt_version_description: str | None = None
    prompt_version_label_id: str | None = None
    virtual_key: str | None = None
    model: str | None = None
    functions: list[dict[str, Any]] | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: dict[str, Any] | None = None
    template_metadata: dict[str, Any] | None = None
    is_raw_template: bool | None = None
    status: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None


class PromptVersionSummary(BaseModel):
    id: str | None = None
    prompt_id: str | None = None
    prompt_template: dict[str, Any] | None = None
    prompt_version: float | None = None
    prompt_description: str | None = None
    label_id: str | None = None
    created_at: AwareDatetime | None = None
    status: Literal["active", "archived"] | None = None
    object: Literal["prompt"] | None = None


class PromptPartialSummary(BaseModel):
    id: str | None = None
    slug: str | None = None
    name: str | None = None
    collection_id: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    status: Literal["active", "archived"] | None = None
    object: Literal["partial"] | None = None


class PromptPartial(BaseModel):
    id: str | None = None
    slug: str | None = None
    name: str | None = None
    collection_id: str | None = None
    string: str | None = None
    version: float | None = None
    version_description: str | None = None
    prompt_partial_version_id: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    status: Literal["active"] | None = None


class PromptPartialVersion(BaseModel):
    prompt_partial_id: str | None = None
    prompt_partial_version_id: str | None = None
    slug: str | None = None
    version: str | None = None
    string: str | None = None
    description: str | None = None
    created_at: AwareDatetime | None = None
    prompt_version_status: Literal["active", "archived"] | None = None
    object: Literal["partial"] | None = None


class UpdateExportResponse(BaseModel):
    id: str
    """
    The unique identifier of the updated export
    """
    total: int
    """
    The total number of items in the export
    """
    object: Literal["export"]
    """
    The type of the object
    """


class ExportTaskResponse(BaseModel):
    message: str
    """
    A message indicating the status of the export task
    """
    object: Literal["export"]
    """
    The type of the object
    """


class DownloadLogsResponse(BaseModel):
    signed_url: str
    """
    A pre-signed URL for downloading the exported logs
    """


class GenerationsFilterSchema(BaseModel):
    time_of_generation_min: AwareDatetime | None = None
    time_of_generation_max: AwareDatetime | None = None
    total_units_min: int | None = None
    total_units_max: int | None = None
    cost_min: float | None = None
    cost_max: float | None = None
    ai_model: str | None = None
    prompt_token_min: int | None = None
    prompt_token_max: int | None = None
    completion_token_min: int | None = None
    completion_token_max: int | None = None
    status_code: str | None = None
    metadata: dict[str, Any] | None = None
    ai_org_model: str | None = None
    weighted_feedback_min: float | None = None
    weighted_feedback_max: float | None = None
    virtual_keys: str | None = None
    trace_id: str | None = None
    configs: str | None = None
    workspace_slug: str | None = None
    prompt_slug: str | None = None
    page_size: float | None = None
    """
    max: 50000, default: 50000
    """
    current_page: float | None = None


class LogRequest(BaseModel):
    url: str
    """
    Sanitized request URL
    """
    method: Literal["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]
    """
    HTTP method
    """
    headers: dict[str, str] | None = None
    """
    Request headers (only present when debug logging is enabled)
    """
    body: dict[str, Any] | None = None
    """
    Request body (only present when debug logging is enabled)
    """
    portkeyHeaders: dict[str, str]
    """
    Portkey-specific headers
    """


class LogResponse(BaseModel):
    status: int
    """
    HTTP response status code
    """
    headers: dict[str, str] | None = None
    """
    Response headers (only present when debug logging is enabled or request failed)
    """
    body: dict[str, Any] | None = None
    """
    Response body (only present when debug logging is enabled or request failed). May be redacted for certain embedding models.
    """
    responseTime: int
    """
    Response time in milliseconds
    """
    lastUsedOptionJsonPath: str
    """
    JSON path to the last used option in the config
    """


class RequestResponseObject(BaseModel):
    body: dict[str, Any] | None = None
    """
    The body content
    """
    headers: dict[str, str] | None = None
    """
    Headers if present
    """
    url: str | None = None
    """
    URL if present
    """
    method: str | None = None
    """
    HTTP method if present
    """


class AnalyticsMetrics(BaseModel):
    """
    Analytics metrics extracted from the log entry
    """

    id: str | None = None
    """
    Unique identifier for the log entry
    """
    organisation_id: str | None = None
    """
    Organization identifier
    """
    organisation_name: str | None = None
    """
    Organization name
    """
    prompt_id: str | None = None
    """
    Prompt identifier
    """
    prompt_version_id: str | None = None
    """
    Prompt version identifier
    """
    config_id: str | None = None
    """
    Configuration identifier
    """
    created_at: AwareDatetime | None = None
    """
    Timestamp when the log was created
    """
    is_success: bool | None = None
    """
    Whether the request was successful (status code 200-299)
    """
    ai_org: str | None = None
    """
    AI provider organization (e.g., openai, anthropic)
    """
    ai_model: str | None = None
    """
    AI model used
    """
    req_units: float | None = None
    """
    Request token units
    """
    res_units: float | None = None
    """
    Response token units
    """
    total_units: float | None = None
    """
    Total token units (req_units + res_units)
    """
    cost: float | None = None
    """
    Cost in the specified currency
    """
    cost_currency: str = "USD"
    """
    Currency code for the cost
    """
    request_url: str | None = None
    """
    Sanitized request URL
    """
    request_method: str | None = None
    """
    HTTP method
    """
    response_status_code: int | None = None
    """
    HTTP response status code
    """
    response_time: int | None = None
    """
    Response time in milliseconds
    """
    is_proxy_call: bool | None = None
    """
    Whether this was a proxy call
    """
    cache_status: str | None = None
    """
    Cache status (e.g., HIT, MISS, DISABLED, SEMANTIC HIT)
    """
    cache_type: str | None = None
    """
    Type of cache used
    """
    stream_mode: int | None = None
    """
    Whether streaming was enabled (1) or not (0)
    """
    retry_success_count: int | None = None
    """
    Number of successful retries
    """
    trace_id: str | None = None
    """
    Distributed tracing trace ID
    """
    span_id: str | None = None
    """
    Distributed tracing span ID
    """
    span_name: str | None = None
    """
    Name of the span
    """
    parent_span_id: str | None = None
    """
    Parent span ID in distributed tracing
    """
    mode: str | None = None
    """
    Request mode (e.g., single, loadbalance, fallback)
    """
    virtual_key: str | None = None
    """
    Virtual key identifier
    """
    source: str | None = None
    """
    Source of the request (e.g., rubeus, proxy)
    """
    runtime: str | None = None
    """
    Runtime environment
    """
    runtime_version: str | None = None
    """
    Runtime version
    """
    sdk_version: str | None = None
    """
    SDK version
    """
    config: str | None = None
    """
    Configuration slug or ID
    """
    internal_trace_id: str | None = None
    """
    Internal trace ID for gateway tracking
    """
    last_used_option_index: int | None = None
    """
    Index of the last used option in the config
    """
    config_version_id: str | None = None
    """
    Configuration version identifier
    """
    prompt_slug: str | None = None
    """
    Prompt slug
    """
    workspace_slug: str | None = None
    """
    Workspace slug
    """
    log_store_file_path_format: str | None = None
    """
    Path format version for log storage
    """
    metadata_key: list[str | None] | None = Field(None, alias="metadata.key")
    """
    Array of metadata keys
    """
    metadata_value: list[str | None] | None = Field(None, alias="metadata.value")
    """
    Array of metadata values
    """
    api_key_id: str | None = None
    """
    API key identifier
    """
    request_parsing_time: int | None = None
    """
    Time taken to parse the request in milliseconds
    """
    pre_processing_time: int | None = None
    """
    Time taken for pre-processing in milliseconds
    """
    cache_processing_time: int | None = None
    """
    Time taken for cache processing in milliseconds
    """
    response_parsing_time: int | None = None
    """
    Time taken to parse the response in milliseconds
    """
    gateway_processing_time: int | None = None
    """
    Total gateway processing time in milliseconds
    """
    upstream_response_time: int | None = None
    """
    Upstream provider response time in milliseconds
    """


class RotateApiKeyRequest(BaseModel):
    key_transition_period_ms: int | None = Field(None, ge=1800000)
    """
    Optional transition period in milliseconds during which the previous key remains valid.
    """


class RotateApiKeyResponse(BaseModel):
    id: str | None = None
    key: str | None = None
    """
    Newly rotated API key value.
    """
    key_transition_expires_at: AwareDatetime | None = None
    """
    Timestamp when the previous key version stops being accepted.
    """


class CreateGuardrailResponse(BaseModel):
    id: str
    """
    Unique identifier of the created guardrail
    """
    slug: str
    """
    URL-friendly slug for the guardrail
    """
    version_id: str
    """
    Version identifier for the guardrail configuration
    """


class UpdateGuardrailResponse(BaseModel):
    id: str
    """
    Unique identifier of the updated guardrail
    """
    slug: str
    """
    URL-friendly slug for the guardrail
    """
    version_id: str | None = None
    """
    New version identifier after update
    """


class GuardrailSummary(BaseModel):
    id: str
    """
    Unique identifier of the guardrail
    """
    name: str
    """
    Name of the guardrail
    """
    slug: str
    """
    URL-friendly slug
    """
    organisation_id: str | None = None
    """
    Organisation UUID
    """
    workspace_id: str | None = None
    """
    Workspace UUID (null for organisation-level guardrails)
    """
    status: Literal["active", "archived"] | None = None
    """
    Current status of the guardrail
    """
    created_at: AwareDatetime
    """
    Creation timestamp
    """
    last_updated_at: AwareDatetime
    """
    Last update timestamp
    """
    owner_id: str
    """
    UUID of the user who created the guardrail
    """
    updated_by: str | None = None
    """
    UUID of the user who last updated the guardrail
    """


class JwtParameters(BaseModel):
    jwksUri: str
    """
    JWKS URI of the JWT token
    """
    headerKey: str
    """
    Header key to check for the JWT token
    """
    cacheMaxAge: float = 86400
    """
    Cache max age in seconds
    """
    clockTolerance: float = 5
    """
    Clock tolerance in seconds
    """
    maxTokenAge: str = "1d"
    """
    Max token age
    """
    algorithms: list[str] | None = None
    """
    Algorithms to check for the JWT token
    """


class RegexMatchParameters(BaseModel):
    rule: str
    """
    Regex pattern to match
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the check will fail when the regex pattern matches
    """


class ModelWhitelistParameters(BaseModel):
    models: list[str]
    """
    List of allowed models
    """


class WordCountParameters(BaseModel):
    minWords: float = 0
    """
    Minimum number of words to allow
    """
    maxWords: float = 99999
    """
    Maximum number of words to allow
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class SentenceCountParameters(BaseModel):
    minSentences: float = 0
    """
    Minimum number of sentences to allow
    """
    maxSentences: float = 99999
    """
    Maximum number of sentences to allow
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class CharacterCountParameters(BaseModel):
    minCharacters: float = 0
    """
    Minimum number of characters to allow
    """
    maxCharacters: float = 9999999
    """
    Maximum number of characters to allow
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class JsonSchemaParameters(BaseModel):
    schema_: dict[str, Any] = Field(..., alias="schema")
    """
    JSON schema to validate against
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class JsonKeysParameters(BaseModel):
    keys: list[str]
    """
    Keys to check for in JSON
    """
    operator: Literal["any", "all", "none"]
    """
    Operator to use for key checking
    """


class ContainsParameters(BaseModel):
    words: list[str]
    """
    Words or phrases to check for
    """
    operator: Literal["any", "all", "none"]
    """
    Operator to use for word checking
    """


class ValidUrlsParameters(BaseModel):
    onlyDNS: bool = False
    """
    Only check if URL domains resolve (10x faster)
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class ContainsCodeParameters(BaseModel):
    format: Literal[
        "SQL",
        "Python",
        "TypeScript",
        "JavaScript",
        "Java",
        "C#",
        "C++",
        "C",
        "Ruby",
        "PHP",
        "Swift",
        "Kotlin",
        "Go",
        "Rust",
        "Scala",
        "R",
        "Perl",
        "Shell",
        "HTML",
        "CSS",
        "XML",
        "JSON",
        "YAML",
        "Markdown",
        "Dockerfile",
    ]
    """
    Code format to check for
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class WebhookParameters(BaseModel):
    webhookURL: str
    """
    Webhook URL to call
    """
    headers: dict[str, Any] | None = None
    """
    Headers to send with the request
    """
    timeout: float = 3000
    """
    Timeout in milliseconds
    """
    failOnError: bool = False
    """
    Fail if webhook returns non-200 status or times out
    """


class EndsWithParameters(BaseModel):
    suffix: str
    """
    Suffix to check for
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class UppercaseParameters(BaseModel):
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """


class RequiredMetadataKeysParameters(BaseModel):
    metadataKeys: list[str]
    """
    Metadata keys to check for
    """
    operator: Literal["all", "any", "none"]
    """
    Operator to use for key checking
    """


class AllowedRequestTypesParameters(BaseModel):
    """
    Parameters for default.allowedRequestTypes check. Restrict which request types are allowed or blocked. You can use either or both; when both are specified, blocked types take precedence.
    """

    allowedTypes: (
        list[
            Literal[
                "complete",
                "chatComplete",
                "embed",
                "rerank",
                "moderate",
                "proxy",
                "imageGenerate",
                "createSpeech",
                "createTranscription",
                "createTranslation",
                "realtime",
                "uploadFile",
                "listFiles",
                "retrieveFile",
                "deleteFile",
                "retrieveFileContent",
                "createBatch",
                "retrieveBatch",
                "cancelBatch",
                "listBatches",
                "getBatchOutput",
                "listFinetunes",
                "createFinetune",
                "retrieveFinetune",
                "cancelFinetune",
                "createModelResponse",
                "getModelResponse",
                "deleteModelResponse",
                "listResponseInputItems",
                "messages",
            ]
        ]
        | None
    ) = None
    """
    Request types to allow (allowlist). When set, only these request types are permitted.
    """
    blockedTypes: (
        list[
            Literal[
                "complete",
                "chatComplete",
                "embed",
                "rerank",
                "moderate",
                "proxy",
                "imageGenerate",
                "createSpeech",
                "createTranscription",
                "createTranslation",
                "realtime",
                "uploadFile",
                "listFiles",
                "retrieveFile",
                "deleteFile",
                "retrieveFileContent",
                "createBatch",
                "retrieveBatch",
                "cancelBatch",
                "listBatches",
                "getBatchOutput",
                "listFinetunes",
                "createFinetune",
                "retrieveFinetune",
                "cancelFinetune",
                "createModelResponse",
                "getModelResponse",
                "deleteModelResponse",
                "listResponseInputItems",
                "messages",
            ]
        ]
        | None
    ) = None
    """
    Request types to block (blocklist). When set, these request types are denied.
    """


class SydeGuardParameters(BaseModel):
    prompt_injection_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for prompt injection risk score (0-1)
    """
    toxicity_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for toxicity risk score (0-1)
    """
    evasion_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for evasion risk score (0-1)
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class AporiaParameters(BaseModel):
    projectID: str
    """
    Aporia Project ID to validate
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class PillarScanParameters(BaseModel):
    scanners: list[
        Literal[
            "prompt_injection",
            "pii",
            "secrets",
            "toxic_language",
            "invisible_characters",
        ]
    ]
    """
    Scanners to use for content analysis
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class PatronusParameters(BaseModel):
    redact: bool = False
    """
    Whether to redact detected content
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class PatronusCustomParameters(BaseModel):
    profile: str
    """
    Custom evaluator profile name (e.g., system:is-concise)
    """
    timeout: float = 15000
    """
    Timeout in milliseconds
    """


class PortkeyModerationParameters(BaseModel):
    categories: list[
        Literal[
            "hate",
            "hate/threatening",
            "harassment",
            "harassment/threatening",
            "self-harm",
            "self-harm/intent",
            "self-harm/instructions",
            "sexual",
            "sexual/minors",
            "violence",
            "violence/graphic",
        ]
    ]
    """
    Categories that should NOT be allowed
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class PortkeyLanguageParameters(BaseModel):
    language: (
        Literal[
            "eng_Latn",
            "zho_Hans",
            "spa_Latn",
            "ara_Arab",
            "por_Latn",
            "ind_Latn",
            "fra_Latn",
            "jpn_Jpan",
            "rus_Cyrl",
            "deu_Latn",
            "kor_Hang",
            "tur_Latn",
            "ita_Latn",
            "pes_Arab",
            "pol_Latn",
            "vie_Latn",
            "nld_Latn",
            "hin_Deva",
            "tha_Thai",
            "heb_Hebr",
            "ben_Beng",
            "swe_Latn",
            "ces_Latn",
            "ron_Latn",
            "ell_Grek",
            "ukr_Cyrl",
            "dan_Latn",
            "fin_Latn",
            "nor_Latn",
            "hun_Latn",
            "cat_Latn",
            "bul_Cyrl",
            "msa_Latn",
            "hrv_Latn",
            "arb_Latn",
            "slk_Latn",
            "lit_Latn",
            "lav_Latn",
            "srp_Cyrl",
            "slv_Latn",
            "est_Latn",
            "urd_Arab",
            "fil_Latn",
            "aze_Latn",
            "tam_Taml",
            "tel_Telu",
            "mar_Deva",
            "kan_Knda",
            "fas_Arab",
        ]
        | None
    ) = None
    """
    Language that should be allowed in content
    """
    not_: bool = Field(False, alias="not")
    """
    If true, the verdict will be inverted
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class PortkeyPiiParameters(BaseModel):
    redact: bool = False
    """
    Whether to redact detected PII
    """
    categories: list[
        Literal[
            "EMAIL_ADDRESS",
            "PHONE_NUMBER",
            "LOCATION_ADDRESS",
            "NAME",
            "IP_ADDRESS",
            "CREDIT_CARD",
            "SSN",
        ]
    ]
    """
    Types of PII that should NOT be allowed
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class MistralModerationParameters(BaseModel):
    categories: list[
        Literal[
            "sexual",
            "hate_and_discrimination",
            "violence_and_threats",
            "dangerous_and_criminal_content",
            "selfharm",
            "health",
            "financial",
            "law",
            "pii",
        ]
    ]
    """
    Categories that should NOT be allowed
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class BedrockGuardParameters(BaseModel):
    guardrailVersion: str
    """
    Version of the guardrail to use
    """
    guardrailId: str
    """
    ID of the guardrail
    """
    redact: bool = False
    """
    Whether to redact detected PII
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class PromptfooParameters(BaseModel):
    redact: bool = False
    """
    Whether to redact detected content
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class AcuvityScanParameters(BaseModel):
    prompt_injection: bool = True
    """
    Enable prompt injection detection
    """
    prompt_injection_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for prompt injection detection
    """
    toxic: bool = True
    """
    Enable toxicity detection
    """
    toxic_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for toxicity detection
    """
    jail_break: bool = True
    """
    Enable jailbreak detection
    """
    jail_break_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for jailbreak detection
    """
    malicious_url: bool = True
    """
    Enable malicious URL detection
    """
    malicious_url_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for malicious URL detection
    """
    biased: bool = True
    """
    Enable bias detection
    """
    biased_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for bias detection
    """
    harmful: bool = True
    """
    Enable harmful content detection
    """
    harmful_threshold: float = Field(0.5, ge=0.0, le=1.0, multiple_of=0.01)
    """
    Threshold for harmful content detection
    """
    language: bool = True
    """
    Enable language check
    """
    language_values: Literal[
        "english", "chinese", "spanish", "french", "german", "japanese", "gibberish"
    ] = "english"
    """
    Language to check
    """
    pii: bool = True
    """
    Enable PII detection
    """
    pii_redact: bool = False
    """
    Enable PII redaction
    """
    pii_categories: (
        list[
            Literal[
                "email_address",
                "ssn",
                "person",
                "aba_routing_number",
                "address",
                "bank_account",
                "bitcoin_wallet",
                "credit_card",
                "driver_license",
                "itin_number",
                "location",
                "medical_license",
                "money_amount",
                "passport_number",
                "phone_number",
            ]
        ]
        | None
    ) = None
    """
    PII categories to detect
    """
    secrets: bool = True
    """
    Enable secrets detection
    """
    secrets_redact: bool = False
    """
    Enable secrets redaction
    """
    secrets_categories: (
        list[
            Literal[
                "credentials",
                "aws_secret_key",
                "github",
                "openai",
                "stripe",
                "jwt",
                "private_key",
            ]
        ]
        | None
    ) = None
    """
    Secret categories to detect
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class AzureContentSafetyParameters(BaseModel):
    blocklistNames: list[str] | None = None
    """
    Array of blocklist names to check against
    """
    apiVersion: str = "2024-09-01"
    """
    API version for the Content Safety API
    """
    severity: float = 2
    """
    Severity threshold for the Content Safety API
    """
    categories: list[Literal["Hate", "SelfHarm", "Sexual", "Violence"]] | None = None
    """
    Categories to check against
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class AzurePiiParameters(BaseModel):
    domain: Literal["none", "phi"] = "none"
    """
    Domain to check against
    """
    apiVersion: str = "2024-11-01"
    """
    API version for the Content Safety API
    """
    modelVersion: str = "latest"
    """
    Version of the PII detection model to use
    """
    redact: bool = False
    """
    Whether to redact detected PII
    """
    timeout: float = 5000
    """
    Timeout in milliseconds
    """


class PanwPrismaParameters(BaseModel):
    profile_name: str
    """
    Prisma profile name
    """
    ai_model: str | None = None
    """
    AI model identifier
    """
    app_user: str | None = None
    """
    Application user identifier
    """


class BasicParameters(BaseModel):
    """
    Basic parameters with no specific requirements
    """

    model_config = ConfigDict(
        extra="allow",
    )


class BedrockBatchParams(BaseModel):
    role_arn: str | None = None
    """
    Role ARN for the bedrock batch job
    """


class CommonBatchParams(BaseModel):
    job_name: str | None = None
    """
    Job name for the batch job
    """
    output_data_config: str | None = None
    """
    Batch job's output storage location, will be constructed based on `input_file_id` if not provided
    """
    model: str
    """
    Model to start batch job with
    """


class OpenAiBatchJob(BaseModel):
    """
    Gateway supported body params for OpenAI, Azure OpenAI and VertexAI.
    """

    input_file_id: str
    """
    The input file to use for the batch job
    """
    completion_window: Literal["immediate", "24h"]
    """
    Completion window for the batch job, `immediate` is only supported with Portkey Managed Batching.
    """
    endpoint: Literal["/v1/chat/completions", "/v1/completions", "/v1/embeddings"]
    """
    Inference endpoint
    """
    metadata: dict[str, Any] | None = None
    """
    metadata related for the batch job
    """


class PortkeyBatchOptions(BaseModel):
    """
    Options to be passed to the provider, supports all options supported by the provider from gateway.
    """

    x_portkey_virtual_key: str = Field(..., alias="x-portkey-virtual-key")
    """
    The virtual key to communicate with the provider
    """
    x_portkey_aws_s3_bucket: str | None = Field(None, alias="x-portkey-aws-s3-bucket")
    """
    The AWS S3 bucket to use for file upload during finetune
    """
    x_portkey_vertex_storage_bucket_name: str | None = Field(
        None, alias="x-portkey-vertex-storage-bucket-name"
    )
    """
    Google Storage bucket to use for file upload during finetune
    """
    x_portkey_provider_model: str | None = Field(None, alias="x-portkey-provider-model")
    """
    Model to use for the batch job also for file transformation for model specific inference input.
    """


class VertexBatchJob(OpenAiBatchJob):
    """
    Gateway supported body params for Vertext fine-tuning.
    """

    job_name: str | None = None
    """
    Job name for the batch job
    """
    output_data_config: str | None = None
    """
    Batch job's output storage location, will be constructed based on `input_file_id` if not provided
    """
    model: str
    """
    Model to start batch job with
    """


class VertexBatchParams(BaseModel):
    pass


class Condition(BaseModel):
    key: str
    """
    Condition key. Valid values:
    - `api_key` - Apply to a specific API key
    - `organisation_id` - Apply to an organization
    - `workspace_id` - Apply to a workspace
    - `metadata.*` - Apply based on custom metadata fields (e.g., `metadata.user_id`, `metadata.team`)
    """
    value: str
    """
    Condition value
    """


class GroupBy(BaseModel):
    key: str
    """
    Group by key. Valid values:
    - `api_key` - Group by API key
    - `organisation_id` - Group by organization
    - `workspace_id` - Group by workspace
    - `metadata.*` - Group by custom metadata fields
    """


class CreateUsageLimitsPolicyRequest(BaseModel):
    name: str | None = Field(None, max_length=255)
    """
    Policy name
    """
    conditions: list[Condition] = Field(..., min_length=1)
    """
    Array of conditions that define which requests the policy applies to
    """
    group_by: list[GroupBy] = Field(..., min_length=1)
    """
    Array of group by fields that define how usage is aggregated
    """
    type: Literal["cost", "tokens"]
    """
    Policy type
    """
    credit_limit: float = Field(..., ge=0.0)
    """
    Maximum usage allowed
    """
    alert_threshold: float | None = Field(None, ge=0.0)
    """
    Threshold at which to send alerts. Must be less than credit_limit.
    """
    periodic_reset: Literal["monthly", "weekly"] | None = None
    """
    Reset period. If not provided, limit is cumulative.
    """
    workspace_id: str | None = None
    """
    Workspace ID or slug. Required if not using API key authentication.
    """
    organisation_id: str | None = None
    """
    Organization ID. Required if not using API key authentication.
    """


class UpdateUsageLimitsPolicyRequest(BaseModel):
    name: str | None = Field(None, max_length=255)
    """
    Policy name
    """
    credit_limit: float | None = Field(None, ge=0.0)
    """
    Maximum usage allowed
    """
    alert_threshold: float | None = Field(None, ge=0.0)
    """
    Threshold at which to send alerts. Must be less than credit_limit.
    """
    periodic_reset: Literal["monthly", "weekly"] | None = None
    """
    Reset period. Set to null to remove periodic reset.
    """
    reset_usage_for_value: str | None = None
    """
    Reset usage for a specific value key (e.g., API key). This will reset the usage counter for that key to 0.
    """


class CreateRateLimitsPolicyRequest(BaseModel):
    name: str | None = Field(None, max_length=255)
    """
    Policy name
    """
    conditions: list[Condition] = Field(..., min_length=1)
    """
    Array of conditions that define which requests the policy applies to
    """
    group_by: list[GroupBy] = Field(..., min_length=1)
    """
    Array of group by fields that define how usage is aggregated
    """
    type: Literal["requests", "tokens"]
    """
    Policy type
    """
    unit: Literal["rpm", "rph", "rpd"]
    """
    Rate unit:
    - `rpm` - Requests/Tokens per minute
    - `rph` - Requests/Tokens per hour
    - `rpd` - Requests/Tokens per day
    """
    value: float
    """
    Rate limit value
    """
    workspace_id: str | None = None
    """
    Workspace ID or slug. Required if not using API key authentication.
    """
    organisation_id: str | None = None
    """
    Organization ID. Required if not using API key authentication.
    """


class UpdateRateLimitsPolicyRequest(BaseModel):
    name: str | None = Field(None, max_length=255)
    """
    Policy name
    """
    unit: Literal["rpm", "rph", "rpd"] | None = None
    """
    Rate unit
    """
    value: float | None = None
    """
    Rate limit value
    """


class ValueKeyUsage(BaseModel):
    current_usage: float | None = None
    """
    Current usage value
    """
    status: Literal["active", "exhausted"] | None = None
    """
    Usage status
    """
    is_threshold_alerts_sent: bool | None = None
    """
    Whether threshold alerts have been sent
    """
    is_exhausted_alerts_sent: bool | None = None
    """
    Whether exhausted alerts have been sent
    """


class RateLimitsPolicy(BaseModel):
    id: str
    """
    Policy UUID
    """
    name: str | None = None
    """
    Policy name
    """
    conditions: list[Condition] | None = None
    """
    Array of conditions
    """
    group_by: list[GroupBy] | None = None
    """
    Array of group by fields
    """
    type: Literal["requests", "tokens"]
    """
    Policy type
    """
    unit: Literal["rpm", "rph", "rpd"]
    """
    Rate unit
    """
    value: float
    """
    Rate limit value
    """
    status: Literal["active", "archived"]
    """
    Policy status
    """
    workspace_id: str
    """
    Workspace UUID
    """
    organisation_id: str
    """
    Organization UUID
    """
    created_at: AwareDatetime
    """
    Creation timestamp
    """
    last_updated_at: AwareDatetime
    """
    Last update timestamp
    """


class CreatePolicyResponse(BaseModel):
    id: str | None = None
    """
    Created policy UUID
    """
    object: str | None = None
    """
    Resource type
    """


class UsageLimitsPolicyEntity(BaseModel):
    id: str | None = None
    """
    Entity ID
    """
    value_key: str | None = None
    """
    The value key identifying the entity (e.g. metadata._user:username)
    """
    current_usage: float | None = None
    """
    Current usage value for this entity
    """


class UsageLimitsPolicyEntityListResponse(BaseModel):
    object: str | None = None
    data: list[UsageLimitsPolicyEntity] | None = None
    total: int | None = None
    """
    Total number of entities
    """


class RateLimitsPolicyListResponse(BaseModel):
    object: str | None = None
    data: list[RateLimitsPolicy] | None = None
    total: int | None = None
    """
    Total number of policies
    """


class RateLimitsPolicyResponse(RateLimitsPolicy):
    object: str | None = None


class McpIntegrationCreateResponse(BaseModel):
    id: str | None = None
    slug: str | None = None


class McpIntegration(BaseModel):
    id: str | None = None
    name: str | None = None
    description: str | None = None
    owner_id: str | None = None
    status: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    configurations: dict[str, Any] | None = None
    global_workspace_access: dict[str, Any] | None = None
    workspace_id: str | None = None
    """
    Workspace ID or slug (when workspace-scoped)
    """
    slug: str | None = None
    url: str | None = None
    auth_type: (
        Literal["oauth_auto", "oauth_client_credentials", "headers", "none"] | None
    ) = None
    transport: Literal["http", "sse", "interactive"] | None = None
    type: Literal["workspace", "organisation"] | None = None
    secret_mappings: list[SecretMapping] | None = None
    """
    Secret reference mappings for this MCP integration. Valid target_field values are "configurations.<field>".
    """


class McpIntegrationListItem(BaseModel):
    id: str | None = None
    name: str | None = None
    owner_id: str | None = None
    status: str | None = None
    type: Literal["workspace", "organisation"] | None = None
    url: str | None = None
    auth_type: Literal["oauth_auto", "headers", "none"] | None = None
    transport: Literal["http", "sse", "interactive"] | None = None
    configurations: dict[str, Any] | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    slug: str | None = None
    workspace_id: str | None = None
    description: str | None = None
    workspaces_count: float | None = None
    secret_mappings: list[SecretMapping] | None = None
    """
    Secret reference mappings for this MCP integration. Valid target_field values are "configurations.<field>".
    """


class McpIntegrationListResponse(BaseModel):
    data: list[McpIntegrationListItem] | None = None
    total: int | None = None
    has_more: bool | None = None


class McpIntegrationWorkspaceItem(BaseModel):
    id: str | None = None
    """
    Workspace ID or slug (slug when using workspace API key)
    """
    enabled: bool | None = None
    status: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None


class McpIntegrationWorkspacesListResponse(BaseModel):
    data: list[McpIntegrationWorkspaceItem] | None = None
    global_workspace_access: dict[str, Any] | None = None
    total: int | None = None


class McpIntegrationWorkspacesLegacyResponse(BaseModel):
    workspaces: list[McpIntegrationWorkspaceItem] | None = None
    global_workspace_access: dict[str, Any] | None = None


class McpIntegrationCapabilityItem(BaseModel):
    name: str | None = None
    type: Literal["tool", "prompt", "resource", "resource_template"] | None = None
    title: str | None = None
    description: str | None = None
    icons: list[Any] | None = None
    enabled: bool | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    input_schema: dict[str, Any] | None = None
    output_schema: dict[str, Any] | None = None
    execution: dict[str, Any] | None = None
    annotations: dict[str, Any] | None = None
    arguments: list[Any] | None = None
    uri: str | None = None
    uri_template: str | None = None
    mime_type: str | None = None
    size: float | None = None


class McpIntegrationCapabilitiesBulkUpdateResponse(BaseModel):
    success: bool | None = None


class McpIntegrationMetadata(BaseModel):
    server_name: str | None = None
    server_version: str | None = None
    protocol_version: str | None = None
    capability_flags: dict[str, Any] | None = None
    sync_status: str | None = None
    last_synced_at: AwareDatetime | None = None
    sync_error: str | None = None


class CreateMcpServer(BaseModel):
    """
    Create an MCP Server (workspace instance of an MCP Integration).
    """

    workspace_id: str | None = None
    """
    Workspace ID or slug (optional; required when using org admin API key)
    """
    name: str = Field(..., max_length=255, min_length=1)
    """
    Display name of the MCP server
    """
    description: str | None = Field(None, max_length=500)
    mcp_integration_id: str
    """
    MCP Integration ID (UUID) or slug
    """
    slug: str | None = Field(
        None, max_length=50, min_length=3, pattern="^[a-zA-Z0-9_-]+$"
    )
    """
    Optional slug; must be unique within organisation
    """


class McpServerCreateResponse(BaseModel):
    id: str | None = None
    slug: str | None = None


class McpServerListItem(BaseModel):
    id: str | None = None
    organisation_id: str | None = None
    name: str | None = None
    description: str | None = None
    status: str | None = None
    created_at: AwareDatetime | None = None
    owner_id: str | None = None
    slug: str | None = None
    workspace_id: str | None = None
    mcp_integration_id: str | None = None
    mcp_integration_slug: str | None = None
    mcp_integration_url: str | None = None
    auth_type: str | None = None
    workspace_name: str | None = None
    workspace_slug: str | None = None
    url: str | None = None
    """
    Gateway URL for this MCP server (e.g. {gateway_base}/{slug}/mcp)
    """


class McpServerListResponse(BaseModel):
    data: list[McpServerListItem] | None = None
    total: int | None = None


class UpdateMcpServer(BaseModel):
    name: str | None = Field(None, max_length=255, min_length=1)
    description: str | None = Field(None, max_length=500)


class McpServerTestResponse(BaseModel):
    success: bool | None = None
    status_code: int | None = None
    """
    HTTP status from upstream (when success)
    """
    response_time_ms: int | None = None
    url: str | None = None
    server_name: str | None = None
    error: str | None = None
    """
    Error message when success is false
    """


class McpServerCapabilityItem(BaseModel):
    name: str | None = None
    type: Literal["tool", "prompt", "resource", "resource_template"] | None = None
    title: str | None = None
    description: str | None = None
    icons: list[Any] | None = None
    enabled: bool | None = None
    integration_enabled: bool | None = None
    """
    Present for service users; indicates integration-level enabled state
    """
    input_schema: dict[str, Any] | None = None
    output_schema: dict[str, Any] | None = None
    execution: dict[str, Any] | None = None
    annotations: dict[str, Any] | None = None
    arguments: list[Any] | None = None
    uri: str | None = None
    uri_template: str | None = None
    mime_type: str | None = None
    size: float | None = None


class McpServerCapabilitiesBulkUpdateResponse(BaseModel):
    success: bool | None = None


class McpServerUserAccessItem(BaseModel):
    user_id: str | None = None
    """
    Global user ID or user_org_map_id depending on auth
    """
    first_name: str | None = None
    last_name: str | None = None
    enabled: bool | None = None
    has_override: bool | None = None
    connection_status: Literal["connected", "not_connected"] | None = None


class McpServerUserAccessListResponse(BaseModel):
    data: list[McpServerUserAccessItem] | None = None
    default_user_access: Literal["allow", "deny"] | None = None
    total: int | None = None
    has_more: bool | None = None


class McpServerUserAccessBulkUpdateResponse(BaseModel):
    success: bool | None = None


class McpServerConnectionItem(BaseModel):
    user_id: str | None = None
    connected: bool | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None


class McpServerConnectionsListResponse(BaseModel):
    data: list[McpServerConnectionItem] | None = None
    total: int | None = None
    has_more: bool | None = None


class McpServerConnectionDeleteResponse(BaseModel):
    success: bool | None = None


class ApiKeyObjectRateLimitsItem(BaseModel):
    type: str | None = None
    unit: str | None = None
    value: int | None = None


class ApiKeyObjectDefaults(BaseModel):
    metadata: dict[str, Any] | None = None
    config_id: str | None = None


class AssistantObjectToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=20)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter`` tool. There can be a maximum of 20 files associated with the tool.
    """


class AssistantObjectToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = Field(None, max_length=1)
    """
    The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    """


class AssistantToolsFileSearchFileSearch(BaseModel):
    """
    Overrides for the file search tool.
    """

    max_num_results: int | None = Field(None, ge=1, le=50)
    """
    The maximum number of results the file search tool should output. The default is 20 for gpt-4* models and 5 for gpt-3.5-turbo. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search/number-of-chunks-returned) for more information.
    """


class AssistantsNamedToolChoiceFunction(BaseModel):
    name: str
    """
    The name of the function to call.
    """


class AuditLogObjectListRecordsItem(BaseModel):
    timestamp: str | None = None
    """
    Timestamp of when the action occurred
    """
    method: Literal["POST", "PUT", "DELETE"] | None = None
    """
    HTTP method used for the request
    """
    uri: str | None = None
    """
    URI path that was accessed
    """
    request_id: str | None = None
    """
    Unique ID of the request
    """
    request_body: str | None = None
    """
    JSON string of the request body
    """
    query_params: str | None = None
    """
    JSON string of the query parameters
    """
    request_headers: str | None = None
    """
    JSON string of the request headers (partially masked)
    """
    user_id: str | None = None
    """
    ID of the user who made the request
    """
    user_type: Literal["user", "api_key"] | None = None
    """
    Type of user who made the request
    """
    organisation_id: str | None = None
    """
    ID of the organisation the user belongs to
    """
    workspace_id: str | None = None
    """
    ID of the workspace the resource belongs to
    """
    response_status_code: int | None = None
    """
    HTTP status code of the response
    """
    resource_type: str | None = None
    """
    Type of resource that was accessed
    """
    action: str | None = None
    """
    Action performed on the resource
    """
    client_ip: str | None = None
    """
    IP address of the client
    """
    country: str | None = None
    """
    Country of origin based on the IP address
    """


class BatchErrorsDataItem(BaseModel):
    code: str | None = None
    """
    An error code identifying the error type.
    """
    message: str | None = None
    """
    A human-readable message providing more details about the error.
    """
    param: str | None = None
    """
    The name of the parameter that caused the error, if applicable.
    """
    line: int | None = None
    """
    The line number of the input file where the error occurred, if applicable.
    """


class BatchRequestCounts(BaseModel):
    """
    The request counts for different statuses within the batch.
    """

    total: int
    """
    Total number of requests in the batch.
    """
    completed: int
    """
    Number of requests that have been completed successfully.
    """
    failed: int
    """
    Number of requests that have failed.
    """


class BatchRequestOutputResponse(BaseModel):
    status_code: int | None = None
    """
    The HTTP status code of the response
    """
    request_id: str | None = None
    """
    An unique identifier for the provider API request. Please include this request ID when contacting your provider support.
    """
    body: dict[str, Any] | None = None
    """
    The JSON body of the response
    """


class BatchRequestOutputError(BaseModel):
    """
    For requests that failed with a non-HTTP error, this will contain more information on the cause of the failure.
    """

    code: str | None = None
    """
    A machine-readable error code.
    """
    message: str | None = None
    """
    A human-readable error message.
    """


class BulkUpdateMcpIntegrationCapabilitiesCapabilitiesItem(BaseModel):
    name: str
    type: Literal["tool", "prompt", "resource"]
    enabled: bool


class BulkUpdateMcpIntegrationWorkspacesWorkspacesItem(BaseModel):
    id: str
    """
    Workspace ID or slug
    """
    enabled: bool


class BulkUpdateMcpIntegrationWorkspacesGlobalWorkspaceAccess(BaseModel):
    enabled: bool | None = None


class BulkUpdateMcpServerCapabilitiesCapabilitiesItem(BaseModel):
    name: str
    type: Literal["tool", "prompt", "resource"]
    enabled: bool


class BulkUpdateMcpServerUserAccessUserAccessItem(BaseModel):
    user_id: str
    """
    User ID (global user_id or user_org_map_id depending on API key)
    """
    enabled: bool


class ChatCompletionMessageToolCallFunction(BaseModel):
    """
    The function that the model called.
    """

    name: str
    """
    The name of the function to call.
    """
    arguments: str
    """
    The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    """


class ChatCompletionMessageToolCallChunkFunction(BaseModel):
    name: str | None = None
    """
    The name of the function to call.
    """
    arguments: str | None = None
    """
    The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    """


class ChatCompletionNamedToolChoiceFunction(BaseModel):
    name: str
    """
    The name of the function to call.
    """


class ChatCompletionRequestAssistantMessageFunctionCall(BaseModel):
    """
    Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    """

    arguments: str
    """
    The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    """
    name: str
    """
    The name of the function to call.
    """


class ChatCompletionRequestMessageContentPartImageImageUrl(BaseModel):
    url: str
    """
    Either a URL of the image or the base64 encoded image data.
    """
    detail: Literal["auto", "low", "high"] = "auto"
    """
    Specifies the detail level of the image. Learn more in the [Vision guide](https://platform.openai.com/docs/guides/vision/low-or-high-fidelity-image-understanding).
    """


class ChatCompletionResponseMessageFunctionCall(BaseModel):
    """
    Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    """

    arguments: str
    """
    The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    """
    name: str
    """
    The name of the function to call.
    """


class ChatCompletionStreamResponseDeltaFunctionCall(BaseModel):
    """
    Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    """

    arguments: str | None = None
    """
    The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    """
    name: str | None = None
    """
    The name of the function to call.
    """


class ChatCompletionTokenLogprobTopLogprobsItem(BaseModel):
    token: str
    """
    The token.
    """
    logprob: float
    """
    The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely.
    """
    bytes: list[int] | None = Field(...)
    """
    A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token.
    """


class CodeInterpreterFileOutputFilesItem(BaseModel):
    mime_type: str
    """
    The MIME type of the file.
    """
    file_id: str
    """
    The ID of the file.
    """


class CompletionUsageCompletionTokensDetails(BaseModel):
    """
    Breakdown of tokens used in a completion.
    """

    reasoning_tokens: int | None = None
    """
    Tokens generated by the model for reasoning.
    """
    accepted_prediction_tokens: int | None = None
    """
    When using Predicted Outputs, the number of tokens in the prediction that appeared in the completion.
    """
    rejected_prediction_tokens: int | None = None
    """
    When using Predicted Outputs, the number of tokens in the prediction that did not appear in the completion.
    """


class CompletionUsagePromptTokensDetails(BaseModel):
    """
    Breakdown of tokens used in the prompt.
    """

    cached_tokens: int | None = None
    """
    Cached tokens present in the prompt.
    """


class CostsResultAmount(BaseModel):
    """
    The monetary value in its associated currency.
    """

    value: float | None = None
    """
    The numeric value of the cost.
    """
    currency: str | None = None
    """
    Lowercase ISO-4217 currency e.g. "usd"
    """


class CreateApiKeyObjectRateLimitsItem(BaseModel):
    type: Literal["requests", "tokens"]
    unit: Literal["rpd", "rph", "rpm", "rps", "rpw"]
    """
    Rate limit unit: requests/tokens per day, hour, minute, second, or week.
    """
    value: int = Field(..., ge=0)


class CreateApiKeyObjectDefaults(BaseModel):
    metadata: dict[str, Any] | None = None
    config_id: str | None = None
    allow_config_override: bool = True
    """
    When false, the pinned config_id cannot be overridden at request time.
    """


class CreateApiKeyObjectRotationPolicy(BaseModel):
    """
    Automatic key rotation configuration. Requires either rotation_period or next_rotation_at.
    """

    rotation_period: Literal["weekly", "monthly"] | None = None
    """
    How often to automatically rotate the key.
    """
    next_rotation_at: AwareDatetime | None = None
    """
    Explicit datetime for the next rotation. Mutually exclusive with rotation_period.
    """
    key_transition_period_ms: int | None = Field(None, ge=1800000)
    """
    Duration in milliseconds during which the previous key remains valid after rotation. Minimum 30 minutes (1800000). Must be less than the full rotation period.
    """


class CreateAssistantRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=20)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    """


class CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChu(BaseModel):
    """
    The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["auto"]
    """
    Always `auto`.
    """


class CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChu3(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    max_chunk_size_tokens: int = Field(..., ge=100, le=4096)
    """
    The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`.
    """
    chunk_overlap_tokens: int
    """
    The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """


class CreateChatCompletionRequestStopOption2(RootModel[list[str]]):
    root: list[str] = Field(..., max_length=4, min_length=1)


class CreateChatCompletionRequestThinking(BaseModel):
    """
    View the thinking/reasoning tokens as part of your response. Thinking models produce a long internal chain of thought before generating a response. Supported only for specific Claude models on Anthropic, Google Vertex AI, and AWS Bedrock.  Requires setting `strict_openai_compliance = false` in your API call.
    """

    type: Literal["enabled", "disabled"]
    """
    Enables or disables the thinking mode capability.
    """
    budget_tokens: int | None = Field(None, ge=1)
    """
    The maximum number of tokens to allocate for the thinking process.
    A higher token budget allows for more thorough reasoning but may increase overall response time.
    """


class CreateChatCompletionStreamResponseUsage(BaseModel):
    """
    An optional field that will only be present when you set `stream_options: {"include_usage": true}` in your request.
    When present, it contains a null value except for the last chunk which contains the token usage statistics for the entire request.
    """

    completion_tokens: int
    """
    Number of tokens in the generated completion.
    """
    prompt_tokens: int
    """
    Number of tokens in the prompt.
    """
    total_tokens: int
    """
    Total number of tokens used in the request (prompt + completion).
    """


class CreateCompletionRequestPromptOption3(RootModel[list[int]]):
    root: list[int] = Field(..., min_length=1)


class CreateCompletionRequestPromptOption4Item(RootModel[list[int]]):
    root: list[int] = Field(..., min_length=1)


class CreateCompletionRequestStopOption2(RootModel[list[str]]):
    root: list[str] = Field(..., max_length=4, min_length=1)


class CreateCompletionResponseChoicesItemLogprobs(BaseModel):
    text_offset: list[int] | None = None
    token_logprobs: list[float] | None = None
    tokens: list[str] | None = None
    top_logprobs: list[dict[str, float]] | None = None


class CreateEmbeddingRequestInputArray(RootModel[list[str]]):
    """
    The array of strings that will be turned into an embedding.
    """

    root: list[str] = Field(..., max_length=2048, min_length=1, title="array")
    """
    The array of strings that will be turned into an embedding.
    """


class CreateEmbeddingRequestInputArray2(RootModel[list[int]]):
    """
    The array of integers that will be turned into an embedding.
    """

    root: list[int] = Field(..., max_length=2048, min_length=1, title="array")
    """
    The array of integers that will be turned into an embedding.
    """


class CreateEmbeddingRequestInputArray3Item(RootModel[list[int]]):
    root: list[int] = Field(..., min_length=1)


class CreateEmbeddingResponseUsage(BaseModel):
    """
    The usage information for the request.
    """

    prompt_tokens: int
    """
    The number of tokens used by the prompt.
    """
    total_tokens: int
    """
    The total number of tokens used by the request.
    """


class CreateInviteWorkspaceApiKeyDetails(BaseModel):
    scopes: list[str]


class CreateMcpIntegrationConfigurations(BaseModel):
    """
    Auth/config key-value pairs (e.g. headers, client credentials)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    custom_headers: dict[str, Any] | None = None
    """
    Custom headers to send to the MCP server.
    """
    passthrough_header: dict[str, Any] | None = None
    """
    Headers to pass through from the incoming request to the MCP server.
    """


class CreateMessageRequestAttachmentsItem(BaseModel):
    file_id: str | None = None
    """
    The ID of the file to attach to the message.
    """
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None = None
    """
    The tools to add this file to.
    """


class CreateModerationResponseResultsItemCategories(BaseModel):
    """
    A list of the categories, and whether they are flagged or not.
    """

    hate: bool
    """
    Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess players) is harassment.
    """
    hate_threatening: bool = Field(..., alias="hate/threatening")
    """
    Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste.
    """
    harassment: bool
    """
    Content that expresses, incites, or promotes harassing language towards any target.
    """
    harassment_threatening: bool = Field(..., alias="harassment/threatening")
    """
    Harassment content that also includes violence or serious harm towards any target.
    """
    self_harm: bool = Field(..., alias="self-harm")
    """
    Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders.
    """
    self_harm_intent: bool = Field(..., alias="self-harm/intent")
    """
    Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders.
    """
    self_harm_instructions: bool = Field(..., alias="self-harm/instructions")
    """
    Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts.
    """
    sexual: bool
    """
    Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness).
    """
    sexual_minors: bool = Field(..., alias="sexual/minors")
    """
    Sexual content that includes an individual who is under 18 years old.
    """
    violence: bool
    """
    Content that depicts death, violence, or physical injury.
    """
    violence_graphic: bool = Field(..., alias="violence/graphic")
    """
    Content that depicts death, violence, or physical injury in graphic detail.
    """


class CreateModerationResponseResultsItemCategoryScores(BaseModel):
    """
    A list of the categories along with their scores as predicted by model.
    """

    hate: float
    """
    The score for the category 'hate'.
    """
    hate_threatening: float = Field(..., alias="hate/threatening")
    """
    The score for the category 'hate/threatening'.
    """
    harassment: float
    """
    The score for the category 'harassment'.
    """
    harassment_threatening: float = Field(..., alias="harassment/threatening")
    """
    The score for the category 'harassment/threatening'.
    """
    self_harm: float = Field(..., alias="self-harm")
    """
    The score for the category 'self-harm'.
    """
    self_harm_intent: float = Field(..., alias="self-harm/intent")
    """
    The score for the category 'self-harm/intent'.
    """
    self_harm_instructions: float = Field(..., alias="self-harm/instructions")
    """
    The score for the category 'self-harm/instructions'.
    """
    sexual: float
    """
    The score for the category 'sexual'.
    """
    sexual_minors: float = Field(..., alias="sexual/minors")
    """
    The score for the category 'sexual/minors'.
    """
    violence: float
    """
    The score for the category 'violence'.
    """
    violence_graphic: float = Field(..., alias="violence/graphic")
    """
    The score for the category 'violence/graphic'.
    """


class CreateThreadAndRunRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=20)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    """


class CreateThreadAndRunRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = Field(None, max_length=1)
    """
    The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    """


class CreateThreadRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=20)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    """


class CreateThreadRequestToolResourcesFileSearchVectorStoresItemChunki(BaseModel):
    """
    The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["auto"]
    """
    Always `auto`.
    """


class CreateThreadRequestToolResourcesFileSearchVectorStoresItemChunki3(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    max_chunk_size_tokens: int = Field(..., ge=100, le=4096)
    """
    The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`.
    """
    chunk_overlap_tokens: int
    """
    The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """


class CustomLogRequest(BaseModel):
    url: str
    method: str | None = None
    headers: dict[str, str] | None = None
    body: dict[str, Any]


class CustomLogResponse(BaseModel):
    status: int | None = None
    headers: dict[str, str] | None = None
    body: dict[str, Any]
    response_time: int | None = None


class CustomLogMetadata(BaseModel):
    trace_id: str | None = None
    span_id: str | None = None
    span_name: str | None = None
    additionalProperties: str | None = None


class FileSearchToolRankingOptions(BaseModel):
    """
    Ranking options for search.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    ranker: Literal["auto", "default-2024-11-15"] = "auto"
    """
    The ranker to use for the file search.
    """
    score_threshold: float = Field(0, ge=0.0, le=1.0)
    """
    The score threshold for the file search, a number between 0 and 1.
    Numbers closer to 1 will attempt to return only the most relevant
    results, but may return fewer results.
    """


class FineTuneChatCompletionRequestAssistantMessageFunctionCall(BaseModel):
    """
    The name and arguments of a function that should be called, as generated by the model.
    """

    arguments: str
    """
    The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    """
    name: str
    """
    The name of the function to call.
    """


class FineTuningIntegrationWandb(BaseModel):
    """
    The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run.
    """

    project: str
    """
    The name of the project that the new run will be created under.
    """
    name: str | None = None
    """
    A display name to set for the run. If not set, we will use the Job ID as the name.
    """
    entity: str | None = None
    """
    The entity to use for the run. This allows you to set the team or username of the WandB user that you would
    like associated with the run. If not set, the default entity for the registered WandB API key is used.
    """
    tags: list[str] | None = None
    """
    A list of tags to be attached to the newly created run. These tags are passed through directly to WandB. Some
    default tags are generated by OpenAI: "openai/finetune", "openai/{base-model}", "openai/{ftjob-abcdef}".
    """


class FineTuningJobError(BaseModel):
    """
    For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure.
    """

    code: str
    """
    A machine-readable error code.
    """
    message: str
    """
    A human-readable error message.
    """
    param: str | None = Field(...)
    """
    The parameter that was invalid, usually `training_file` or `validation_file`. This field will be null if the failure was not parameter-specific.
    """


class FineTuningJobHyperparametersNEpochsOption2(RootModel[int]):
    root: int = Field(..., ge=1, le=50)


class FineTuningJobCheckpointMetrics(BaseModel):
    """
    Metrics at the step number during the fine-tuning job.
    """

    step: float | None = None
    train_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None
    full_valid_loss: float | None = None
    full_valid_mean_token_accuracy: float | None = None


class GuardrailActionsOnSuccessFeedback(BaseModel):
    """
    Feedback configuration for successful checks
    """

    value: float
    """
    Feedback value for successful checks
    """
    weight: float
    """
    Weight of the feedback
    """
    metadata: str
    """
    Additional metadata for the feedback
    """


class GuardrailActionsOnFailFeedback(BaseModel):
    """
    Feedback configuration for failed checks
    """

    value: float
    """
    Feedback value for failed checks
    """
    weight: float
    """
    Weight of the feedback
    """
    metadata: str
    """
    Additional metadata for the feedback
    """


class McpIntegrationCapabilitiesCountsTools(BaseModel):
    total: int | None = None
    enabled: int | None = None


class McpIntegrationCapabilitiesCountsPrompts(BaseModel):
    total: int | None = None
    enabled: int | None = None


class McpIntegrationCapabilitiesCountsResources(BaseModel):
    total: int | None = None
    enabled: int | None = None


class McpIntegrationCapabilitiesCountsResourceTemplates(BaseModel):
    total: int | None = None
    enabled: int | None = None


class McpServerMcpIntegrationDetails(BaseModel):
    """
    Present for system/service auth
    """

    id: str | None = None
    slug: str | None = None
    status: str | None = None
    configurations: dict[str, Any] | None = None
    url: str | None = None
    transport: str | None = None
    auth_type: str | None = None


class McpServerCapabilitiesCountsTools(BaseModel):
    total: int | None = None
    enabled: int | None = None


class McpServerCapabilitiesCountsPrompts(BaseModel):
    total: int | None = None
    enabled: int | None = None


class McpServerCapabilitiesCountsResources(BaseModel):
    total: int | None = None
    enabled: int | None = None


class McpServerCapabilitiesCountsResourceTemplates(BaseModel):
    total: int | None = None
    enabled: int | None = None


class MessageContentImageFileObjectImageFile(BaseModel):
    file_id: str
    """
    The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.
    """
    detail: Literal["auto", "low", "high"] = "auto"
    """
    Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    """


class MessageContentImageUrlObjectImageUrl(BaseModel):
    url: str
    """
    The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.
    """
    detail: Literal["auto", "low", "high"] = "auto"
    """
    Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`
    """


class MessageContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    file_id: str
    """
    The ID of the specific File the citation is from.
    """
    quote: str
    """
    The specific quote in the file.
    """


class MessageContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str
    """
    The ID of the file that was generated.
    """


class MessageDeltaContentImageFileObjectImageFile(BaseModel):
    file_id: str | None = None
    """
    The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.
    """
    detail: Literal["auto", "low", "high"] = "auto"
    """
    Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    """


class MessageDeltaContentImageUrlObjectImageUrl(BaseModel):
    url: str | None = None
    """
    The URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.
    """
    detail: Literal["auto", "low", "high"] = "auto"
    """
    Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    """


class MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    file_id: str | None = None
    """
    The ID of the specific File the citation is from.
    """
    quote: str | None = None
    """
    The specific quote in the file.
    """


class MessageDeltaContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str | None = None
    """
    The ID of the file that was generated.
    """


class MessageObjectIncompleteDetails(BaseModel):
    """
    On an incomplete message, details about why the message is incomplete.
    """

    reason: Literal[
        "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
    ]
    """
    The reason the message is incomplete.
    """


class MessageObjectAttachmentsItem(BaseModel):
    file_id: str | None = None
    """
    The ID of the file to attach to the message.
    """
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None = None
    """
    The tools to add this file to.
    """


class ModifyAssistantRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=20)
    """
    Overrides the list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    """


class ModifyAssistantRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = Field(None, max_length=1)
    """
    Overrides the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    """


class ModifyThreadRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=20)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    """


class ModifyThreadRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = Field(None, max_length=1)
    """
    The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.
    """


class OpenAiFinetuneJobMethodSupervisedHyperparameters(BaseModel):
    n_epochs: int
    learning_rate_multiplier: float
    batch_size: int


class OpenAiFinetuneJobMethodDpoHyperparameters(BaseModel):
    n_epochs: int
    learning_rate_multiplier: float
    batch_size: int


class PortkeyBatchJobPortkeyOptions(PortkeyBatchOptions):
    """
    Portkey Gateway Provider specific headers to be passed to the provider, if portkey is used as a provider
    """


class PortkeyBatchJobProviderOptionsBedrockOptions(BaseModel):
    job_name: str | None = None
    """
    Job name for the batch job
    """
    output_data_config: str | None = None
    """
    Batch job's output storage location, will be constructed based on `input_file_id` if not provided
    """
    model: str
    """
    Model to start batch job with
    """
    role_arn: str
    """
    Role ARN for the bedrock batch job
    """


class PortkeyBatchJobProviderOptionsVertexOptions(BaseModel):
    job_name: str | None = None
    """
    Job name for the batch job
    """
    output_data_config: str | None = None
    """
    Batch job's output storage location, will be constructed based on `input_file_id` if not provided
    """
    model: str
    """
    Model to start batch job with
    """


class PortkeyFinetuneJobPortkeyOptions(PortkeyOptions):
    """
    Portkey Gateway Provider specific headers to be passed to the provider, if portkey is used as a provider
    """


class PortkeyFinetuneJobProviderOptions(BedrockParams):
    """
    Provider specific options to be passed to the provider, optional can be passed directly as well. Can be skipped if same keys are passed at top the level.
    """


class PricingMultiplierImage(BaseModel):
    """
    Image generation pricing multipliers.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    default: float | None = Field(None, ge=0.0)
    """
    Multiplier applied to image generation pricing across all qualities and sizes.
    """


class PricingMultiplierAdditionalUnitsValue(RootModel[float | None]):
    root: float | None = Field(None, ge=0.0)


class ReasoningItemSummaryItem(BaseModel):
    type: Literal["summary_text"]
    """
    The type of the object. Always `summary_text`.
    """
    text: str
    """
    A short summary of the reasoning used by the model when generating
    the response.
    """


class RerankDocumentObject(BaseModel):
    """
    An object containing the document text and optional metadata.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    text: str
    """
    The text content of the document.
    """


class RerankResultDocument(BaseModel):
    """
    The original document text. Only present if `return_documents` is true.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    text: str | None = None
    """
    The text content of the document.
    """


class ResponseIncompleteDetails(BaseModel):
    """
    Details about why the response is incomplete.
    """

    reason: Literal["max_output_tokens", "content_filter"] | None = None
    """
    The reason why the response is incomplete.
    """


class ResponseFormatJsonSchemaJsonSchema(BaseModel):
    """
    Structured Outputs configuration options, including a JSON Schema.
    """

    description: str | None = None
    """
    A description of what the response format is for, used by the model to
    determine how to respond in the format.
    """
    name: str
    """
    The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
    """
    schema_: ResponseFormatJsonSchemaSchema | None = Field(None, alias="schema")
    strict: bool | None = False
    """
    Whether to enable strict schema adherence when generating the output.
    If set to true, the model will always follow the exact schema defined
    in the `schema` field. Only a subset of JSON Schema is supported when
    `strict` is `true`. To learn more, read the [Structured Outputs
    guide](/docs/guides/structured-outputs).
    """


class ResponseUsageInputTokensDetails(BaseModel):
    """
    A detailed breakdown of the input tokens.
    """

    cached_tokens: int
    """
    The number of tokens that were retrieved from the cache.
    [More on prompt caching](/docs/guides/prompt-caching).
    """


class ResponseUsageOutputTokensDetails(BaseModel):
    """
    A detailed breakdown of the output tokens.
    """

    reasoning_tokens: int
    """
    The number of reasoning tokens.
    """


class RunObjectLastError(BaseModel):
    """
    The last error associated with this run. Will be `null` if there are no errors.
    """

    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt"]
    """
    One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`.
    """
    message: str
    """
    A human-readable description of the error.
    """


class RunObjectIncompleteDetails(BaseModel):
    """
    Details on why the run is incomplete. Will be `null` if the run is not incomplete.
    """

    reason: Literal["max_completion_tokens", "max_prompt_tokens"] | None = None
    """
    The reason why the run is incomplete. This will point to which specific token limit was reached over the course of the run.
    """


class RunStepDeltaStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str | None = None
    """
    The ID of the message that was created by this run step.
    """


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage(BaseModel):
    file_id: str | None = None
    """
    The [file](https://platform.openai.com/docs/api-reference/files) ID of the image.
    """


class RunStepDeltaStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """
    The definition of the function that was called.
    """

    name: str | None = None
    """
    The name of the function.
    """
    arguments: str | None = None
    """
    The arguments passed to the function.
    """
    output: str | None = None
    """
    The output of the function. This will be `null` if the outputs have not been [submitted](https://platform.openai.com/docs/api-reference/runs/submitToolOutputs) yet.
    """


class RunStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str
    """
    The ID of the message that was created by this run step.
    """


class RunStepDetailsToolCallsCodeOutputImageObjectImage(BaseModel):
    file_id: str
    """
    The [file](https://platform.openai.com/docs/api-reference/files) ID of the image.
    """


class RunStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """
    The definition of the function that was called.
    """

    name: str
    """
    The name of the function.
    """
    arguments: str
    """
    The arguments passed to the function.
    """
    output: str | None = Field(...)
    """
    The output of the function. This will be `null` if the outputs have not been [submitted](https://platform.openai.com/docs/api-reference/runs/submitToolOutputs) yet.
    """


class RunStepObjectLastError(BaseModel):
    """
    The last error associated with this run step. Will be `null` if there are no errors.
    """

    code: Literal["server_error", "rate_limit_exceeded"]
    """
    One of `server_error` or `rate_limit_exceeded`.
    """
    message: str
    """
    A human-readable description of the error.
    """


class RunToolCallObjectFunction(BaseModel):
    """
    The function definition.
    """

    name: str
    """
    The name of the function.
    """
    arguments: str
    """
    The arguments that the model expects you to pass to the function.
    """


class SubmitToolOutputsRunRequestToolOutputsItem(BaseModel):
    tool_call_id: str | None = None
    """
    The ID of the tool call in the `required_action` object within the run object the output is being submitted for.
    """
    output: str | None = None
    """
    The output of the tool call to be submitted to continue the run.
    """


class ThreadObjectToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=20)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    """


class ThreadObjectToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = Field(None, max_length=1)
    """
    The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.
    """


class UpdateApiKeyObjectRateLimitsItem(BaseModel):
    type: Literal["requests", "tokens"]
    unit: Literal["rpd", "rph", "rpm", "rps", "rpw"]
    """
    Rate limit unit: requests/tokens per day, hour, minute, second, or week.
    """
    value: int = Field(..., ge=0)


class UpdateApiKeyObjectDefaults(BaseModel):
    metadata: dict[str, Any] | None = None
    config_id: str | None = None
    allow_config_override: bool = True
    """
    When false, the pinned config_id cannot be overridden at request time.
    """


class UpdateApiKeyObjectRotationPolicy(BaseModel):
    """
    Update or replace the automatic key rotation configuration. Requires either rotation_period or next_rotation_at.
    """

    rotation_period: Literal["weekly", "monthly"] | None = None
    """
    How often to automatically rotate the key.
    """
    next_rotation_at: AwareDatetime | None = None
    """
    Explicit datetime for the next rotation. Mutually exclusive with rotation_period.
    """
    key_transition_period_ms: int | None = Field(None, ge=1800000)
    """
    Duration in milliseconds during which the previous key remains valid after rotation. Minimum 30 minutes (1800000). Must be less than the full rotation period.
    """


class UpdateMcpIntegrationConfigurations(BaseModel):
    """
    Auth/config key-value pairs (e.g. headers, client credentials)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    custom_headers: dict[str, Any] | None = None
    """
    Custom headers to send to the MCP server.
    """
    passthrough_header: dict[str, Any] | None = None
    """
    Headers to pass through from the incoming request to the MCP server.
    """


class VectorStoreFileAttributesValueOption1(RootModel[str]):
    root: str = Field(..., max_length=512)


class VectorStoreFileBatchObjectFileCounts(BaseModel):
    in_progress: int
    """
    The number of files that are currently being processed.
    """
    completed: int
    """
    The number of files that have been processed.
    """
    failed: int
    """
    The number of files that have failed to process.
    """
    cancelled: int
    """
    The number of files that where cancelled.
    """
    total: int
    """
    The total number of files.
    """


class VectorStoreFileObjectLastError(BaseModel):
    """
    The last error associated with this vector store file. Will be `null` if there are no errors.
    """

    code: Literal[
        "internal_error", "file_not_found", "parsing_error", "unhandled_mime_type"
    ]
    """
    One of `server_error` or `rate_limit_exceeded`.
    """
    message: str
    """
    A human-readable description of the error.
    """


class VectorStoreObjectFileCounts(BaseModel):
    in_progress: int
    """
    The number of files that are currently being processed.
    """
    completed: int
    """
    The number of files that have been successfully processed.
    """
    failed: int
    """
    The number of files that have failed to process.
    """
    cancelled: int
    """
    The number of files that were cancelled.
    """
    total: int
    """
    The total number of files.
    """


class VectorStoreSearchRequestQueryOption2Item(RootModel[str]):
    root: str = Field(..., min_length=1)
    """
    A list of queries to search for.
    """


class VectorStoreSearchRequestRankingOptions(BaseModel):
    """
    Ranking options for search.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    ranker: Literal["auto", "default-2024-11-15"] = "auto"
    score_threshold: float = Field(0, ge=0.0, le=1.0)


class VectorStoreSearchResultsPageSearchQueryItem(RootModel[str]):
    root: str = Field(..., min_length=1)
    """
    The query used for this search.
    """


class WebSearchToolUserLocation(WebSearchLocation):
    type: Literal["approximate"]
    """
    The type of location approximation. Always `approximate`.
    """


class WorkspaceDefaults(BaseModel):
    metadata: dict[str, str] | None = None
    is_default: int | None = None
    object: Literal["workspace"] | None = None


class WorkspaceWithUsersDefaults(BaseModel):
    metadata: dict[str, str] | None = None
    is_default: int | None = None
    input_guardrails: list[str] | None = None
    output_guardrails: list[str] | None = None
    user_api_key_config: str | None = None
    object: Literal["workspace"] | None = None


class PostAdminUsersInvitesInviteIdResendResponse(BaseModel):
    inviteLink: str | None = None


class PutAdminUsersUserIdRequest(BaseModel):
    role: Literal["admin", "member"] | None = None


class PostAdminWorkspacesRequestDefaults(BaseModel):
    metadata: dict[str, str] | None = None


class PutAdminWorkspacesWorkspaceIdRequestDefaults(BaseModel):
    metadata: dict[str, str] | None = None
    input_guardrails: list[str] | None = None
    output_guardrails: list[str] | None = None
    user_api_key_config: str | None = None
    """
    Config slug (pc-...) or UUIDin this workspace. null clears the default.
    """


class PostAdminWorkspacesWorkspaceIdUsersRequestUsersItem(BaseModel):
    id: str | None = None
    role: Literal["admin", "member", "manager"] | None = None


class PutAdminWorkspacesWorkspaceIdUsersUserIdRequest(BaseModel):
    role: Literal["admin", "member", "manager"] | None = None


class GetAnalyticsGraphsCacheHitRateResponseSummary(BaseModel):
    total: int
    """
    Total cache hits across all data points
    """
    rate: int
    """
    Percentage cache hit rate across all data points
    """


class GetAnalyticsGraphsCacheHitRateResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    simple_hits: int
    """
    Total simple cache hits for this data point bucket
    """
    semantic_hits: int
    """
    Total semantic cache hits for this data point bucket
    """
    rate: int
    """
    Percentage cache hit rate for this data point bucket
    """
    cumulative_simple_cache_savings: int
    """
    Cumulative simple cache cost savings in cents based on all previous data point buckets and this bucket
    """
    cumulative_semantic_cache_savings: int
    """
    Cumulative semantic cache cost savings in cents based on all previous data point buckets and this bucket
    """


class GetAnalyticsGraphsCacheLatencyResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    avg: int
    """
    Average latency (in ms) for cache hit for this data point bucket
    """


class GetAnalyticsGraphsCostResponseSummary(BaseModel):
    total: int
    """
    Total cost in cents across all data points
    """
    avg: int
    """
    Average cost per request across all data points
    """


class GetAnalyticsGraphsCostResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    total: int
    """
    Total cost in cents for this data point bucket
    """
    avg: int
    """
    Average cost per request for this data point bucket
    """


class GetAnalyticsGraphsErrorsResponseSummary(BaseModel):
    total: int
    """
    Total errors across all data points
    """


class GetAnalyticsGraphsErrorsResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    total: int
    """
    Total errors this data point bucket
    """


class GetAnalyticsGraphsErrorsRateResponseSummary(BaseModel):
    rate: int
    """
    Percentage error rate across all data points
    """


class GetAnalyticsGraphsErrorsRateResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    rate: int
    """
    Percentage error rate for this data point bucket
    """


class GetAnalyticsGraphsErrorsStacksResponseSummary(BaseModel):
    total: int
    """
    Total errors across all data points
    """


class GetAnalyticsGraphsErrorsStacksResponseDataPointsItemStatsItem(BaseModel):
    response_status_code: int | None = None
    """
    Response status code
    """
    count: int | None = None
    """
    Total occurences of this response status code
    """


class GetAnalyticsGraphsErrorsStatusCodesResponseSummary(BaseModel):
    total_errors: int
    """
    Total errors across all data points
    """
    unique_error_codes: int
    """
    Unique error codes across all data points
    """


class GetAnalyticsGraphsErrorsStatusCodesResponseDataPointsItem(BaseModel):
    status_code: int
    """
    Response status code
    """
    count: int
    """
    Occurences of this response status code
    """


class GetAnalyticsGraphsFeedbacksResponseSummary(BaseModel):
    total: int
    """
    Total feedbacks across all data points
    """


class GetAnalyticsGraphsFeedbacksResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    total: int
    """
    Total feedbacks for this data point bucket
    """


class GetAnalyticsGraphsFeedbacksAiModelsResponseDataPointsItem(BaseModel):
    ai_model: str
    """
    AI model for which feedback data is calculated
    """
    total: int
    """
    Total feedbacks for this ai_model requests
    """
    avg_weighted_feedback: int
    """
    Average weighted feedback for this ai_model requests
    """


class GetAnalyticsGraphsFeedbacksScoresResponseSummary(BaseModel):
    total: int
    """
    Total feedbacks across all data points
    """


class GetAnalyticsGraphsFeedbacksScoresResponseDataPointsItem(BaseModel):
    score: int
    """
    Feedback value for which total is calculated
    """
    total: int
    """
    Total feedbacks for this feedback score
    """


class GetAnalyticsGraphsFeedbacksWeightedResponseSummary(BaseModel):
    avg: int
    """
    Average weighted feedback across all data points
    """


class GetAnalyticsGraphsFeedbacksWeightedResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    avg: int
    """
    Average weighted feedback for this data point bucket
    """


class GetAnalyticsGraphsLatencyResponseSummary(BaseModel):
    avg: int
    """
    Average latency in ms across all data points
    """
    p50: int
    """
    50th percentile latency in ms across all data points
    """
    p90: int
    """
    90th percentile latency in ms across all data points
    """
    p99: int
    """
    99th percentile latency in ms across all data points
    """


class GetAnalyticsGraphsLatencyResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    avg: int
    """
    Average latency in ms for this data point bucket
    """
    p50: int
    """
    50th percentile latency in ms for this data point bucket
    """
    p90: int
    """
    90th percentile latency in ms for this data point bucket
    """
    p99: int
    """
    99th percentile latency in ms for this data point bucket
    """


class GetAnalyticsGraphsRequestsResponseSummary(BaseModel):
    total: int
    """
    Total requests across all data points
    """


class GetAnalyticsGraphsRequestsResponseDataPointsItem(BaseModel):
    """
    An array of data points, each with a timestamp and metrics
    """

    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    total: int
    """
    Total requests for this data point bucket
    """


class GetAnalyticsGraphsRequestsRescuedResponseSummary(BaseModel):
    retry: int
    """
    Total requests rescued using retries across all data points
    """
    fallback: int
    """
    Total requests rescued using fallback across all data points
    """


class GetAnalyticsGraphsRequestsRescuedResponseDataPointsItemRetryItem(BaseModel):
    retry_success_count: int | None = None
    """
    Retry attempt count at which the request was rescued
    """
    count: int | None = None
    """
    Total requests rescued at this retry attempt
    """


class GetAnalyticsGraphsTokensResponseSummary(BaseModel):
    total: int
    """
    Total tokens across all data points
    """
    avg: int
    """
    Average tokens per request across all data points
    """


class GetAnalyticsGraphsTokensResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    total: int
    """
    Total tokens for this data point bucket
    """
    avg: int
    """
    Average tokens per request for this data point bucket
    """


class GetAnalyticsGraphsUsersResponseSummary(BaseModel):
    total: int
    """
    Total unique users across all data points
    """


class GetAnalyticsGraphsUsersResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    total: int
    """
    Total unique users for this data point bucket
    """


class GetAnalyticsGraphsUsersRequestsResponseSummary(BaseModel):
    total: int
    """
    Total requests across all data points
    """
    unique: int
    """
    Total unique users across all data points
    """
    avg: int
    """
    Average requests per user across all data points
    """


class GetAnalyticsGraphsUsersRequestsResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    avg: int
    """
    Average requests per user for this data point bucket
    """


class GetAnalyticsGroupsAiModelsResponseDataItem(BaseModel):
    ai_model: str | None = None
    """
    The ai model for which the data is calculated
    """
    requests: str | None = None
    """
    Total requests made for this ai model
    """
    object: Literal["analytics-group"] | None = None
    """
    The type of object being returned
    """


class GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem(BaseModel):
    metadata_value: str | None = None
    """
    Value of the metadata on which grouping has been done
    """
    requests: int | None = None
    """
    Total requests made with this metadata
    """
    cost: int | None = None
    """
    Total cost for all requests made with this metadata
    """
    avg_tokens: int | None = None
    """
    Average tokens per request for all requests made with this metadata
    """
    avg_weighted_feedback: int | None = None
    """
    Average weighted feedback for all requests made with this metadata
    """
    requests_with_feedback: int | None = None
    """
    Total requests with feedback
    """
    last_seen: AwareDatetime | None = None
    """
    The last seen timestamp for this metadata
    """
    object: Literal["analytics-group"] | None = None
    """
    The type of object being returned
    """


class GetAnalyticsGroupsUsersResponseDataItem(BaseModel):
    user: str | None = None
    """
    The user for which the data is calculated
    """
    requests: str | None = None
    """
    Total requests made by this user
    """
    cost: str | None = None
    """
    Total cost in cents for the requests made by this user
    """
    object: Literal["analytics-group"] | None = None
    """
    The type of object being returned
    """


class GetAnalyticsSummaryCacheResponseSummary(BaseModel):
    hits: int | None = None
    """
    Total cache hits
    """
    avg_latency: int | None = None
    """
    Average latency for a cache hit
    """
    total_requests: int | None = None
    """
    Total requests
    """
    cache_speedup: int | None = None
    """
    Percentage speedup for cache hits compared to non cache hit requests
    """


class PostApiKeysTypeSubTypeResponse(BaseModel):
    id: str | None = None
    key: str | None = None
    object: Literal["api-key"] | None = None


class GetCollectionsResponse(BaseModel):
    total: int | None = None
    """
    Total number of collections matching the criteria
    """
    data: list[CollectionWithDetails] | None = None


class PostCollectionsRequest(BaseModel):
    workspace_id: str | None = None
    """
    ID or slug of the workspace
    """
    name: str
    """
    Name of the collection
    """
    parent_collection_id: str | None = None
    """
    ID or slug of the parent collection (optional)
    """


class PostCollectionsResponse(BaseModel):
    id: str | None = None
    """
    ID of the created collection
    """
    slug: str | None = None
    """
    Slug of the created collection
    """


class PutCollectionsCollectionIdRequest(BaseModel):
    name: str
    """
    New name for the collection
    """


class ListConfigsResponseDataItem(BaseModel):
    id: str | None = None
    name: str | None = None
    slug: str | None = None
    organisation_id: str | None = None
    workspace_id: str | None = None
    is_default: int | None = None
    status: str | None = None
    owner_id: str | None = None
    updated_by: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None


class CreateConfigRequest(BaseModel):
    name: str | None = None
    config: dict[str, Any] | None = None
    isDefault: int | None = None
    workspace_id: str | None = None
    """
    optional, when using organisation admin API keys
    """


class CreateConfigResponseData(BaseModel):
    id: str | None = None
    version_id: str | None = None


class GetConfigResponseDataConfigRetry(BaseModel):
    attempts: int | None = None
    on_status_codes: list[int] | None = None


class GetConfigResponseDataConfigCache(BaseModel):
    mode: str | None = None
    max_age: int | None = None


class GetConfigResponseDataConfigStrategy(BaseModel):
    mode: str | None = None


class GetConfigResponseDataConfigTargetsItem(BaseModel):
    provider: str | None = None
    virtual_key: str | None = None


class UpdateConfigRequestConfig(BaseModel):
    virtual_key: str | None = None


class UpdateConfigResponseData(BaseModel):
    version_id: str | None = None


class ListConfigVersionsResponseDataItem(BaseModel):
    id: str | None = None
    name: str | None = None
    workspace_id: str | None = None
    slug: str | None = None
    organisation_id: str | None = None
    is_default: int | None = None
    status: str | None = None
    owner_id: str | None = None
    updated_by: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    config: str | None = None
    """
    Serialized configuration for this version
    """
    format: str | None = None
    type: str | None = None
    version_id: str | None = None
    object: str | None = None


class GetIntegrationsResponse(BaseModel):
    object: Literal["list"] | None = None
    total: int | None = None
    """
    Total number of integrations
    """
    data: list[IntegrationList] | None = None


class PostIntegrationsResponse(BaseModel):
    id: str | None = None
    slug: str | None = None


class PostLogsExportsRequest(BaseModel):
    workspace_id: str | None = None
    filters: GenerationsFilterSchema
    requested_data: list[
        Literal[
            "id",
            "trace_id",
            "created_at",
            "request",
            "response",
            "is_success",
            "ai_org",
            "ai_model",
            "req_units",
            "res_units",
            "total_units",
            "request_url",
            "cost",
            "cost_currency",
            "response_time",
            "response_status_code",
            "mode",
            "config",
            "prompt_slug",
            "metadata",
        ]
    ]


class PutLogsExportsExportIdRequest(BaseModel):
    workspace_id: str | None = None
    filters: GenerationsFilterSchema
    requested_data: (
        list[
            Literal[
                "id",
                "trace_id",
                "created_at",
                "request",
                "response",
                "is_success",
                "ai_org",
                "ai_model",
                "req_units",
                "res_units",
                "total_units",
                "request_url",
                "cost",
                "cost_currency",
                "response_time",
                "response_status_code",
                "mode",
                "config",
                "prompt_slug",
                "metadata",
            ]
        ]
        | None
    ) = None


class GetModelPricingResponse404(BaseModel):
    error: str | None = None


class ListPromptsResponse(BaseModel):
    data: list[PromptSummary] | None = None
    total: int | None = None


class CreatePromptRequest(BaseModel):
    name: str
    collection_id: str
    """
    UUID or slug of the collection
    """
    string: str
    """
    Prompt template in string format
    """
    parameters: dict[str, Any]
    """
    Parameters for the prompt
    """
    functions: list[dict[str, Any]] | None = None
    """
    Functions for the prompt
    """
    tools: list[dict[str, Any]] | None = None
    """
    Tools for the prompt
    """
    tool_choice: dict[str, Any] | None = None
    """
    Tool Choice for the prompt
    """
    model: str | None = None
    """
    The model to use for the prompt
    """
    virtual_key: str
    """
    The virtual key to use for the prompt
    """
    version_description: str | None = None
    """
    The description of the prompt version
    """
    template_metadata: dict[str, Any] | None = None
    """
    Metadata for the prompt
    """


class CreatePromptResponse(BaseModel):
    id: str | None = None
    slug: str | None = None
    version_id: str | None = None
    object: Literal["prompt"] | None = None


class CreatePromptPartialRequest(BaseModel):
    workspace_id: str | None = None
    """
    Required for Admin keys
    """
    name: str
    string: str
    """
    Prompt partial template in string format
    """
    version_description: str | None = None


class CreatePromptPartialResponse(BaseModel):
    id: str | None = None
    slug: str | None = None
    version_id: str | None = None


class UpdatePromptPartialRequest(BaseModel):
    name: str | None = None
    string: str | None = None
    description: str | None = None
    status: str | None = None


class UpdatePromptPartialResponse(BaseModel):
    prompt_partial_version_id: str | None = None


class UpdatePromptPartialDefaultRequest(BaseModel):
    version: float
    """
    Version Number to set as default
    """


class UpdatePromptRequest(BaseModel):
    patch: bool | None = None
    """
    When `true`, enables partial version updates. Missing version fields (`string`, `parameters`, `model`) are backfilled from the current latest version, so you only need to provide the fields you want to change. When `false` or omitted, the original strict validation is preserved for backward compatibility.
    """
    name: str | None = None
    collection_id: str | None = None
    string: str | None = None
    """
    The prompt template string. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    parameters: dict[str, Any] | None = None
    """
    Model parameters (e.g. temperature, max_tokens). When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    model: str | None = None
    """
    The model identifier. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    virtual_key: str | None = None
    """
    The virtual key to associate with this version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    version_description: str | None = None
    """
    A human-readable description for this version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    functions: list[dict[str, Any]] | None = None
    """
    Function definitions available to the model. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    tools: list[dict[str, Any]] | None = None
    """
    Tool definitions available to the model. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    tool_choice: dict[str, Any] | None = None
    """
    Controls which tool the model uses. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    is_raw_template: Literal[0, 1] | None = None
    """
    Whether the template string is raw (1) or processed (0). When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """
    prompt_metadata: dict[str, Any] | None = None
    """
    Additional metadata for the prompt version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
    """


class UpdatePromptResponse(BaseModel):
    id: str | None = None
    slug: str | None = None
    prompt_version_id: str | None = None


class UpdatePromptDefaultRequest(BaseModel):
    version: float
    """
    Version Number to set as default
    """


class UpdatePromptVersionRequest(BaseModel):
    label_id: str | None = None
    """
    The label to assign to this version.
    """


class GetProvidersResponse(BaseModel):
    object: Literal["list"] | None = None
    total: int | None = None
    """
    Total number of providers
    """
    data: list[Providers] | None = None


class PostProvidersRequest(BaseModel):
    name: str
    integration_id: str
    """
    Integration slug used for the provider creation.
    """
    workspace_id: str | None = None
    """
    optional, needed when using organisation admin API keys
    """
    slug: str | None = None
    """
    Slug for the provider. If not passed, slug will be created by adding a random suffix to the name.
    """
    note: str | None = None
    usage_limits: UsageLimits | None = None
    rate_limits: RateLimits | None = None
    expires_at: AwareDatetime | None = None


class PostProvidersResponse(BaseModel):
    id: str | None = None
    slug: str | None = None


class PutProvidersSlugRequest(BaseModel):
    name: str | None = None
    note: str | None = None
    usage_limits: UsageLimits | None = None
    rate_limits: RateLimits | None = None
    expires_at: AwareDatetime | None = None
    reset_usage: bool | None = None


class PutProvidersSlugResponse(BaseModel):
    id: str | None = None
    slug: str | None = None


class GetScimWorkspacesResponseMappingsItem(BaseModel):
    id: str | None = None
    """
    Unique ID of the SCIM workspace mapping.
    """
    workspace_id: str | None = None
    """
    ID of the mapped workspace.
    """
    scim_group: str | None = None
    """
    Display name of the SCIM group.
    """
    scim_group_id: str | None = None
    """
    ID of the SCIM group.
    """
    role: Literal["admin", "member", "manager"] | None = None
    """
    Role assigned to group members in the workspace.
    """


class PostScimWorkspacesRequest(BaseModel):
    workspace_id: str
    """
    ID or slug (ws_ prefix) of the workspace to map the SCIM group to.
    """
    role: Literal["admin", "member", "manager"]
    """
    Role assigned to group members in the workspace.
    """
    scim_group_id: str | None = None
    """
    ID of an existing SCIM group. Required if scim_group_name is not provided.
    """
    scim_group_name: str | None = None
    """
    Display name for the SCIM group. If the group doesn't exist, it will be created. Required if scim_group_id is not provided. Must not match the pattern-based auto-provisioning format (e.g. ws-name-role-admin).
    """


class DeleteScimWorkspacesScimWorkspaceGroupIdResponse(BaseModel):
    success: bool | None = None


class ListSecretReferencesResponse(BaseModel):
    object: Literal["list"] | None = None
    total: int | None = None
    data: list[SecretReferenceListItem] | None = None


class CreateSecretReferenceResponse(BaseModel):
    id: str | None = None
    slug: str | None = None
    object: Literal["secret-reference"] | None = None


class GetVirtualKeysResponse(BaseModel):
    object: Literal["list"] | None = None
    total: int | None = None
    """
    Total number of virtual keys
    """
    data: list[VirtualKeys] | None = None


class GetVirtualKeysResponse401Data(BaseModel):
    message: str | None = None


class PostVirtualKeysRequestDeploymentConfigItem(BaseModel):
    apiVersion: str
    alias: str | None = None
    is_default: bool | None = None
    deploymentName: str


class PostVirtualKeysResponseData(BaseModel):
    slug: str | None = None


class PostVirtualKeysResponse401Data(BaseModel):
    message: str | None = None


class GetVirtualKeysSlugResponse401Data(BaseModel):
    message: str | None = None


class PutVirtualKeysSlugRequestDeploymentConfigItem(BaseModel):
    apiVersion: str
    alias: str | None = None
    is_default: bool | None = None
    deploymentName: str


class PutVirtualKeysSlugResponse401Data(BaseModel):
    message: str | None = None


class DeleteVirtualKeysSlugResponse401Data(BaseModel):
    message: str | None = None


class ModelPayAsYouGo(BaseModel):
    """
    Token-based pricing (all prices in USD cents)
    """

    request_token: ModelTokenPrice | None = None
    response_token: ModelTokenPrice | None = None
    cache_write_input_token: ModelTokenPrice | None = None
    cache_read_input_token: ModelTokenPrice | None = None
    request_audio_token: ModelTokenPrice | None = None
    response_audio_token: ModelTokenPrice | None = None
    cache_read_audio_input_token: ModelTokenPrice | None = None
    additional_units: dict[str, ModelTokenPrice] | None = None
    """
    Provider-specific additional pricing units.

    Common additional units:
    - `web_search`: Web search tool usage
    - `file_search`: File search tool usage
    - `thinking_token`: Chain-of-thought reasoning tokens (Google)
    - `image_token`: Image generation tokens
    - `video_duration_seconds_*`: Video generation (OpenAI Sora)
    """
    image: dict[str, dict[str, ModelTokenPrice]] | None = None


class ModelCalculateOperation(BaseModel):
    """
    Mathematical operation for cost calculation
    """

    operation: Literal["sum", "multiply"] | None = None
    """
    Operation type
    """
    operands: list[ModelCalculateOperation | ModelValueReference] | None = None
    """
    Operands for the operation
    """


class WorkspaceInvite(BaseModel):
    id: str
    """
    Workspace Slug
    """
    role: Literal["admin", "member", "manager"]


class ListModelsResponse(BaseModel):
    object: Literal["list"]
    data: list[Model]


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    type: Literal["image_url"]
    """
    The type of the content part.
    """
    image_url: ChatCompletionRequestMessageContentPartImageImageUrl


class FileSearchTool(BaseModel):
    """
    A tool that searches for relevant content from uploaded files.
    Learn more about the [file search tool](/docs/guides/tools-file-search).
    """

    type: Literal["file_search"]
    """
    The type of the file search tool. Always `file_search`.
    """
    vector_store_ids: list[str]
    """
    The IDs of the vector stores to search.
    """
    max_num_results: int | None = None
    """
    The maximum number of results to return. This number should be between 1
    and 50 inclusive.
    """
    filters: ComparisonFilter | CompoundFilter | None = None
    """
    A filter to apply based on file attributes.
    """
    ranking_options: FileSearchToolRankingOptions | None = None


class FineTuneChatCompletionRequestAssistantMessage(BaseModel):
    content: str | None = None
    """
    The contents of the assistant message. Required unless `function_call` is specified.
    """
    role: Literal["assistant"]
    """
    The role of the messages author, in this case `assistant`.
    """
    name: str | None = None
    """
    An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    """
    function_call: FineTuneChatCompletionRequestAssistantMessageFunctionCall | None = (
        None
    )
    weight: Literal[0, 1] | None = None
    """
    Controls whether the assistant message is trained against (0 or 1)
    """


class ChatCompletionTool(BaseModel):
    type: Literal["function"]
    """
    The type of the tool. Currently, only `function` is supported.
    """
    function: FunctionObject


class ChatCompletionNamedToolChoice(BaseModel):
    """
    Specifies a tool the model should use. Use to force the model to call a specific function.
    """

    type: Literal["function"]
    """
    The type of the tool. Currently, only `function` is supported.
    """
    function: ChatCompletionNamedToolChoiceFunction


class ChatCompletionMessageToolCall(BaseModel):
    id: str
    """
    The ID of the tool call.
    """
    type: Literal["function"]
    """
    The type of the tool. Currently, only `function` is supported.
    """
    function: ChatCompletionMessageToolCallFunction


class ChatCompletionMessageToolCallChunk(BaseModel):
    index: int
    id: str | None = None
    """
    The ID of the tool call.
    """
    type: Literal["function"] | None = None
    """
    The type of the tool. Currently, only `function` is supported.
    """
    function: ChatCompletionMessageToolCallChunkFunction | None = None


class ChatCompletionStreamResponseDelta(BaseModel):
    """
    A chat completion delta generated by streamed model responses.
    """

    content: str | None = None
    """
    The contents of the chunk message.
    """
    function_call: ChatCompletionStreamResponseDeltaFunctionCall | None = None
    tool_calls: list[ChatCompletionMessageToolCallChunk] | None = None
    role: Literal["system", "user", "assistant", "tool"] | None = None
    """
    The role of the author of this message.
    """


class ChatCompletionTokenLogprob(BaseModel):
    token: str
    """
    The token.
    """
    logprob: float
    """
    The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely.
    """
    bytes: list[int] | None = Field(...)
    """
    A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token.
    """
    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobsItem]
    """
    List of the most likely tokens and their log probability, at this token position. In rare cases, there may be fewer than the number of requested `top_logprobs` returned.
    """


class ImagesResponse(BaseModel):
    created: int
    data: list[Image]


class CreateModelResponseProperties(ModelResponseProperties):
    pass


class ListFilesResponse(BaseModel):
    data: list[OpenAiFile]
    object: Literal["list"]


class ListFineTuningJobEventsResponse(BaseModel):
    data: list[FineTuningJobEvent]
    object: Literal["list"]


class CreateEmbeddingResponse(BaseModel):
    data: list[Embedding]
    """
    The list of embeddings generated by the model.
    """
    model: str
    """
    The name of the model used to generate the embedding.
    """
    object: Literal["list"]
    """
    The object type, which is always "list".
    """
    usage: CreateEmbeddingResponseUsage


class CreateRerankRequest(BaseModel):
    """
    Request body for reranking documents. The unified API supports multiple providers including Cohere, Voyage, Jina, Pinecone, Bedrock, and Azure AI.
    """

    model: str
    """
    ID of the model to use for reranking. Model availability depends on the provider:
    - **Cohere**: `rerank-v3.5`, `rerank-english-v3.0`, `rerank-multilingual-v3.0`, `rerank-english-v2.0`, `rerank-multilingual-v2.0`
    - **Voyage**: `rerank-2`, `rerank-2-lite`
    - **Jina**: `jina-reranker-v2-base-multilingual`, `jina-reranker-v1-base-en`, `jina-reranker-v1-turbo-en`, `jina-reranker-v1-tiny-en`
    - **Pinecone**: `bge-reranker-v2-m3`, `pinecone-rerank-v0`
    - **Bedrock**: Model ARN (e.g., `arn:aws:bedrock:us-west-2::foundation-model/cohere.rerank-v3-5:0`)
    - **Azure AI**: Cohere rerank deployments on Azure AI Inference; use the model name from your deployment, typically prefixed with `cohere.` (the gateway strips that prefix for the upstream request)
    """
    query: str
    """
    The search query to compare against the documents.
    """
    documents: list[str | RerankDocumentObject] = Field(..., min_length=1)
    """
    The list of documents to rerank. Each document can be a string or an object with a `text` field.
    The documents will be scored based on their relevance to the query.
    """
    top_n: int | None = Field(None, ge=1)
    """
    The number of top results to return. If not specified, all documents are returned sorted by relevance.
    For Voyage, the gateway maps this field to the provider's `top_k` parameter.
    """
    return_documents: bool = False
    """
    Whether to return the document text in the response. Supported by Voyage, Jina, and Pinecone.
    """
    max_tokens_per_doc: int | None = Field(None, ge=1)
    """
    Maximum number of tokens per document. Documents exceeding this limit will be truncated. Cohere-specific parameter.
    """
    priority: float | None = None
    """
    Request priority hint. Cohere-specific parameter.
    """
    rank_fields: list[str] | None = None
    """
    The fields to use for ranking when documents are objects with multiple fields. Pinecone-specific parameter.
    """
    truncation: bool | None = None
    """
    Whether to truncate documents that exceed the model's maximum context length. Voyage-specific parameter.
    """
    parameters: dict[str, Any] | None = None
    """
    Additional provider-specific parameters. Pinecone-specific parameter.
    """


class RerankResult(BaseModel):
    """
    A single reranked document result.
    """

    index: int
    """
    The index of the document in the original input array.
    """
    relevance_score: float
    """
    The relevance score of the document to the query. Higher scores indicate greater relevance.
    Score ranges vary by provider but are typically between 0 and 1.
    """
    document: RerankResultDocument | None = None


class CreateRerankResponse(BaseModel):
    """
    Response from the rerank endpoint.
    """

    id: str | None = None
    """
    A unique identifier for the rerank request.
    """
    object: Literal["list"]
    """
    The object type, which is always "list".
    """
    results: list[RerankResult]
    """
    The reranked results sorted by relevance score in descending order.
    """
    model: str
    """
    The model used for reranking.
    """
    usage: RerankUsage | None = None
    provider: str | None = None
    """
    The provider that processed the request.
    """


class Drag(BaseModel):
    """
    A drag action.
    """

    type: Literal["drag"]
    """
    Specifies the event type. For a drag action, this property is
    always set to `drag`.
    """
    path: list[Coordinate]
    """
    An array of coordinates representing the path of the drag action. Coordinates will appear as an array
    of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```
    """


class EasyInputMessage(BaseModel):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """
    The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`.
    """
    content: str | list[InputText | InputImage | InputFile]
    """
    Text, image, or audio input to the model, used to generate a response.
    Can also contain previous assistant responses.
    """
    type: Literal["message"] | None = None
    """
    The type of the message input. Always `message`.
    """


class FineTuningIntegration(BaseModel):
    type: Literal["wandb"]
    """
    The type of the integration being enabled for the fine-tuning job
    """
    wandb: FineTuningIntegrationWandb


class FineTuningJobCheckpoint(BaseModel):
    """
    The `fine_tuning.job.checkpoint` object represents a model checkpoint for a fine-tuning job that is ready to use.
    """

    id: str
    """
    The checkpoint identifier, which can be referenced in the API endpoints.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the checkpoint was created.
    """
    fine_tuned_model_checkpoint: str
    """
    The name of the fine-tuned checkpoint model that is created.
    """
    step_number: int
    """
    The step number that the checkpoint was created at.
    """
    metrics: FineTuningJobCheckpointMetrics
    fine_tuning_job_id: str
    """
    The name of the fine-tuning job that this checkpoint was created from.
    """
    object: Literal["fine_tuning.job.checkpoint"]
    """
    The object type, which is always "fine_tuning.job.checkpoint".
    """


class CodeInterpreterFileOutput(BaseModel):
    """
    The output of a code interpreter tool call that is a file.
    """

    type: Literal["files"]
    """
    The type of the code interpreter file output. Always `files`.
    """
    files: list[CodeInterpreterFileOutputFilesItem]


class CompletionUsage(BaseModel):
    """
    Usage statistics for the completion request.
    """

    completion_tokens: int
    """
    Number of tokens in the generated completion.
    """
    prompt_tokens: int
    """
    Number of tokens in the prompt.
    """
    total_tokens: int
    """
    Total number of tokens used in the request (prompt + completion).
    """
    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None
    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None


class ComputerToolCall(BaseModel):
    """
    A tool call to a computer use tool. See the
    [computer use guide](/docs/guides/tools-computer-use) for more information.
    """

    type: Literal["computer_call"]
    """
    The type of the computer call. Always `computer_call`.
    """
    id: str
    """
    The unique ID of the computer call.
    """
    call_id: str
    """
    An identifier used when responding to the tool call with output.
    """
    action: (
        Click | DoubleClick | Drag | KeyPress | Move | Screenshot | Scroll | Type | Wait
    )
    pending_safety_checks: list[ComputerToolCallSafetyCheck]
    """
    The pending safety checks for the computer call.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


class ComputerToolCallOutput(BaseModel):
    """
    The output of a computer tool call.
    """

    type: Literal["computer_call_output"]
    """
    The type of the computer tool call output. Always `computer_call_output`.
    """
    id: str | None = None
    """
    The ID of the computer tool call output.
    """
    call_id: str
    """
    The ID of the computer tool call that produced the output.
    """
    acknowledged_safety_checks: list[ComputerToolCallSafetyCheck] | None = None
    """
    The safety checks reported by the API that have been acknowledged by the
    developer.
    """
    output: ComputerScreenshotImage
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """


class ComputerToolCallOutputResource(ComputerToolCallOutput):
    id: str
    """
    The unique ID of the computer call tool output.
    """


class CostsResult(BaseModel):
    """
    The aggregated costs details of the specific time bucket.
    """

    object: Literal["organization.costs.result"]
    amount: CostsResultAmount | None = None
    line_item: str | None = None
    """
    When `group_by=line_item`, this field provides the line item of the grouped costs result.
    """
    project_id: str | None = None
    """
    When `group_by=project_id`, this field provides the project ID of the grouped costs result.
    """


class Reasoning(BaseModel):
    """
    **o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    effort: Literal["low", "medium", "high"] | None = "medium"
    """
    **o-series models only**

    Constrains effort on reasoning for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    Currently supported values are `low`, `medium`, and `high`. Reducing
    reasoning effort can result in faster responses and fewer tokens used
    on reasoning in a response.
    """
    generate_summary: Literal["concise", "detailed"] | None = None
    """
    **computer_use_preview only**

    A summary of the reasoning performed by the model. This can be
    useful for debugging and understanding the model's reasoning process.
    One of `concise` or `detailed`.
    """


class ReasoningItem(BaseModel):
    """
    A description of the chain of thought used by a reasoning model while generating
    a response.
    """

    type: Literal["reasoning"]
    """
    The type of the object. Always `reasoning`.
    """
    id: str
    """
    The unique identifier of the reasoning content.
    """
    summary: list[ReasoningItemSummaryItem]
    """
    Reasoning text contents.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


class ResponseError(BaseModel):
    """
    An error object returned when the model fails to generate a Response.
    """

    code: Literal[
        "server_error",
        "rate_limit_exceeded",
        "invalid_prompt",
        "vector_store_timeout",
        "invalid_image",
        "invalid_image_format",
        "invalid_base64_image",
        "invalid_image_url",
        "image_too_large",
        "image_too_small",
        "image_parse_error",
        "image_content_policy_violation",
        "invalid_image_mode",
        "image_file_too_large",
        "unsupported_image_media_type",
        "empty_image_file",
        "failed_to_download_image",
        "image_file_not_found",
    ]
    """
    The error code for the response.
    """
    message: str
    """
    A human-readable description of the error.
    """


class ResponseFormatJsonSchema(BaseModel):
    """
    JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).
    """

    type: Literal["json_schema"]
    """
    The type of response format being defined. Always `json_schema`.
    """
    json_schema: ResponseFormatJsonSchemaJsonSchema


class ResponseUsage(BaseModel):
    """
    Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    input_tokens: int
    """
    The number of input tokens.
    """
    input_tokens_details: ResponseUsageInputTokensDetails
    output_tokens: int
    """
    The number of output tokens.
    """
    output_tokens_details: ResponseUsageOutputTokensDetails
    total_tokens: int
    """
    The total number of tokens used.
    """


class AssistantToolsFileSearch(BaseModel):
    type: Literal["file_search"]
    """
    The type of tool being defined: `file_search`
    """
    file_search: AssistantToolsFileSearchFileSearch | None = None


class AssistantsNamedToolChoice(BaseModel):
    """
    Specifies a tool the model should use. Use to force the model to call a specific tool.
    """

    type: Literal["function", "code_interpreter", "file_search"]
    """
    The type of the tool. If type is `function`, the function name must be set
    """
    function: AssistantsNamedToolChoiceFunction | None = None


class SubmitToolOutputsRunRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """
    A list of tools for which the outputs are being submitted.
    """
    stream: bool | None = None
    """
    If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    """


class RunToolCallObject(BaseModel):
    """
    Tool call objects
    """

    id: str
    """
    The ID of the tool call. This ID must be referenced when you submit the tool outputs in using the [Submit tool outputs to run](https://platform.openai.com/docs/api-reference/runs/submitToolOutputs) endpoint.
    """
    type: Literal["function"]
    """
    The type of tool call the output is required for. For now, this is always `function`.
    """
    function: RunToolCallObjectFunction


class MessageContentImageFileObject(BaseModel):
    """
    References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message.
    """

    type: Literal["image_file"]
    """
    Always `image_file`.
    """
    image_file: MessageContentImageFileObjectImageFile


class MessageDeltaContentImageFileObject(BaseModel):
    """
    References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message.
    """

    index: int
    """
    The index of the content part in the message.
    """
    type: Literal["image_file"]
    """
    Always `image_file`.
    """
    image_file: MessageDeltaContentImageFileObjectImageFile | None = None


class MessageContentImageUrlObject(BaseModel):
    """
    References an image URL in the content of a message.
    """

    type: Literal["image_url"]
    """
    The type of the content part.
    """
    image_url: MessageContentImageUrlObjectImageUrl


class MessageDeltaContentImageUrlObject(BaseModel):
    """
    References an image URL in the content of a message.
    """

    index: int
    """
    The index of the content part in the message.
    """
    type: Literal["image_url"]
    """
    Always `image_url`.
    """
    image_url: MessageDeltaContentImageUrlObjectImageUrl | None = None


class MessageContentTextAnnotationsFileCitationObject(BaseModel):
    """
    A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files.
    """

    type: Literal["file_citation"]
    """
    Always `file_citation`.
    """
    text: str
    """
    The text in the message content that needs to be replaced.
    """
    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation
    start_index: int = Field(..., ge=0)
    end_index: int = Field(..., ge=0)


class MessageContentTextAnnotationsFilePathObject(BaseModel):
    """
    A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file.
    """

    type: Literal["file_path"]
    """
    Always `file_path`.
    """
    text: str
    """
    The text in the message content that needs to be replaced.
    """
    file_path: MessageContentTextAnnotationsFilePathObjectFilePath
    start_index: int = Field(..., ge=0)
    end_index: int = Field(..., ge=0)


class MessageDeltaContentTextAnnotationsFileCitationObject(BaseModel):
    """
    A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files.
    """

    index: int
    """
    The index of the annotation in the text content part.
    """
    type: Literal["file_citation"]
    """
    Always `file_citation`.
    """
    text: str | None = None
    """
    The text in the message content that needs to be replaced.
    """
    file_citation: (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | None
    ) = None
    start_index: int | None = Field(None, ge=0)
    end_index: int | None = Field(None, ge=0)


class MessageDeltaContentTextAnnotationsFilePathObject(BaseModel):
    """
    A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file.
    """

    index: int
    """
    The index of the annotation in the text content part.
    """
    type: Literal["file_path"]
    """
    Always `file_path`.
    """
    text: str | None = None
    """
    The text in the message content that needs to be replaced.
    """
    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = None
    start_index: int | None = Field(None, ge=0)
    end_index: int | None = Field(None, ge=0)


class RunStepDetailsMessageCreationObject(BaseModel):
    """
    Details of the message creation by the run step.
    """

    type: Literal["message_creation"]
    """
    Always `message_creation`.
    """
    message_creation: RunStepDetailsMessageCreationObjectMessageCreation


class RunStepDeltaStepDetailsMessageCreationObject(BaseModel):
    """
    Details of the message creation by the run step.
    """

    type: Literal["message_creation"]
    """
    Always `message_creation`.
    """
    message_creation: (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None
    ) = None


class RunStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    type: Literal["image"]
    """
    Always `image`.
    """
    image: RunStepDetailsToolCallsCodeOutputImageObjectImage


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    index: int
    """
    The index of the output in the outputs array.
    """
    type: Literal["image"]
    """
    Always `image`.
    """
    image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | None = None


class RunStepDetailsToolCallsFunctionObject(BaseModel):
    id: str
    """
    The ID of the tool call object.
    """
    type: Literal["function"]
    """
    The type of tool call. This is always going to be `function` for this type of tool call.
    """
    function: RunStepDetailsToolCallsFunctionObjectFunction


class RunStepDeltaStepDetailsToolCallsFunctionObject(BaseModel):
    index: int
    """
    The index of the tool call in the tool calls array.
    """
    id: str | None = None
    """
    The ID of the tool call object.
    """
    type: Literal["function"]
    """
    The type of tool call. This is always going to be `function` for this type of tool call.
    """
    function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | None = None


class VectorStoreObject(BaseModel):
    """
    A vector store is a collection of processed files can be used by the `file_search` tool.
    """

    id: str
    """
    The identifier, which can be referenced in API endpoints.
    """
    object: Literal["vector_store"]
    """
    The object type, which is always `vector_store`.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the vector store was created.
    """
    name: str
    """
    The name of the vector store.
    """
    usage_bytes: int
    """
    The total number of bytes used by the files in the vector store.
    """
    file_counts: VectorStoreObjectFileCounts
    status: Literal["expired", "in_progress", "completed"]
    """
    The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed` indicates that the vector store is ready for use.
    """
    expires_after: VectorStoreExpirationAfter | None = None
    expires_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the vector store will expire.
    """
    last_active_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the vector store was last active.
    """
    metadata: dict[str, Any] | None = Field(...)
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class VectorStoreSearchRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    query: str | list[VectorStoreSearchRequestQueryOption2Item]
    """
    A query string for a search
    """
    rewrite_query: bool = False
    """
    Whether to rewrite the natural language query for vector search.
    """
    max_num_results: int = Field(10, ge=1, le=50)
    """
    The maximum number of results to return. This number should be between 1 and 50 inclusive.
    """
    filters: ComparisonFilter | CompoundFilter | None = None
    """
    A filter to apply based on file attributes.
    """
    ranking_options: VectorStoreSearchRequestRankingOptions | None = None


class WebSearchTool(BaseModel):
    """
    This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search).
    """

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]
    """
    The type of the web search tool. One of:
    - `web_search_preview`
    - `web_search_preview_2025_03_11`
    """
    user_location: WebSearchToolUserLocation | None = None
    search_context_size: Literal["low", "medium", "high"] | None = "medium"
    """
    High level guidance for the amount of context window space to use for the
    search. One of `low`, `medium`, or `high`. `medium` is the default.
    """


class CreateVectorStoreRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    file_ids: list[str] | None = Field(None, max_length=500)
    """
    A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
    """
    name: str | None = None
    """
    The name of the vector store.
    """
    expires_after: VectorStoreExpirationAfter | None = None
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None
    ) = None
    """
    The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
    """
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class ListVectorStoresResponse(BaseModel):
    object: str
    data: list[VectorStoreObject]
    first_id: str
    last_id: str
    has_more: bool


class StaticChunkingStrategyResponseParam(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["static"]
    """
    Always `static`.
    """
    static: StaticChunkingStrategy


class VectorStoreFileAttributes(
    RootModel[dict[str, VectorStoreFileAttributesValueOption1 | float | bool]]
):
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """

    root: dict[str, VectorStoreFileAttributesValueOption1 | float | bool] = Field(
        ..., max_length=16
    )


class VectorStoreFileBatchObject(BaseModel):
    """
    A batch of files attached to a vector store.
    """

    id: str
    """
    The identifier, which can be referenced in API endpoints.
    """
    object: Literal["vector_store.files_batch"]
    """
    The object type, which is always `vector_store.file_batch`.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the vector store files batch was created.
    """
    vector_store_id: str
    """
    The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the [File](https://platform.openai.com/docs/api-reference/files) is attached to.
    """
    status: Literal["in_progress", "completed", "cancelled", "failed"]
    """
    The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`.
    """
    file_counts: VectorStoreFileBatchObjectFileCounts


class BatchRequestOutput(BaseModel):
    """
    The per-line object of the batch output and error files
    """

    id: str | None = None
    custom_id: str | None = None
    """
    A developer-provided per-request id that will be used to match outputs to inputs.
    """
    response: BatchRequestOutputResponse | None = None
    error: BatchRequestOutputError | None = None


class PricingMultiplier(BaseModel):
    """
    Multipliers applied to the corresponding pricing keys from
    [Portkey Models](https://portkey.ai/models). A multiplier of `1` leaves pricing
    unchanged, `0.8` applies a 20% discount, `1.2` applies a 20% markup. Missing or
    `null` fields inherit from `default`; if `default` is also unset, no change is applied.
    All values must be non-negative numbers.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    default: float | None = Field(None, ge=0.0)
    """
    Multiplier applied to every token type unless a more specific multiplier is set.
    """
    request_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for input/request token cost.
    """
    response_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for output/response token cost.
    """
    cache_read_input_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for cache-read input token cost.
    """
    cache_write_input_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for cache-write input token cost.
    """
    cache_read_audio_input_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for cache-read audio input token cost.
    """
    request_audio_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for audio input token cost.
    """
    response_audio_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for audio output token cost.
    """
    reasoning_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for reasoning/thinking token cost.
    """
    prediction_accepted_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for accepted predicted-output token cost.
    """
    prediction_rejected_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for rejected predicted-output token cost.
    """
    request_image_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for image-modality input token cost.
    """
    response_image_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for image-modality output token cost.
    """
    request_text_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for text-modality input token cost.
    """
    response_text_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for text-modality output token cost.
    """
    cache_read_image_input_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for cache-read image-input token cost.
    """
    cache_read_text_input_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for cache-read text-input token cost.
    """
    cache_write_text_input_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for cache-write text-input token cost.
    """
    cache_write_image_input_token: float | None = Field(None, ge=0.0)
    """
    Multiplier for cache-write image-input token cost.
    """
    image: PricingMultiplierImage | None = None
    additional_units: dict[str, PricingMultiplierAdditionalUnitsValue | None] | None = (
        None
    )
    """
    Multipliers for per-unit charges such as `web_search`, `file_search`, `input_image`,
    `input_video_standard`. Keys must match those returned by Portkey Models for the provider.
    """


class AzureOpenAiConfiguration(BaseModel):
    azure_auth_mode: Literal["default", "entra", "managed"]
    """
    Authentication mode for Azure
    """
    azure_resource_name: str
    """
    Azure OpenAI resource name
    """
    azure_deployment_config: list[AzureDeploymentConfig] = Field(..., min_length=1)
    azure_entra_tenant_id: str | None = None
    """
    Azure AD tenant ID (required for entra auth)
    """
    azure_entra_client_id: str | None = None
    """
    Azure AD client ID (required for entra auth)
    """
    azure_entra_client_secret: str | None = None
    """
    Azure AD client secret (required for entra auth)
    """
    azure_managed_client_id: str | None = None
    """
    Managed identity client ID (optional for managed auth)
    """


class CreateSecretReferenceRequest(BaseModel):
    organisation_id: str | None = None
    """
    Required if not using API key auth
    """
    name: str = Field(..., max_length=255, min_length=1)
    slug: str | None = Field(None, max_length=255, pattern="^[a-zA-Z0-9_-]+$")
    """
    Auto-generated from name if omitted
    """
    description: str | None = Field(None, max_length=1024)
    manager_type: Literal["aws_sm", "azure_kv", "hashicorp_vault"]
    auth_config: (
        AwsAccessKeyAuthConfig
        | AwsAssumedRoleAuthConfig
        | AwsServiceRoleAuthConfig
        | AzureEntraAuthConfig
        | AzureManagedAuthConfig
        | AzureDefaultAuthConfig
        | HashicorpTokenAuthConfig
        | HashicorpAppRoleAuthConfig
        | HashicorpKubernetesAuthConfig
    ) = Field(..., discriminator="aws_auth_type")
    secret_path: str = Field(..., max_length=1024)
    secret_key: str | None = Field(None, max_length=255)
    allow_all_workspaces: bool = True
    """
    Cannot be true when allowed_workspaces is provided
    """
    allowed_workspaces: list[str] | None = Field(None, min_length=1)
    """
    Array of workspace UUIDs or slugs. Mutually exclusive with allow_all_workspaces=true.
    """
    tags: dict[str, str] | None = None


class PayAsYouGoPricing(BaseModel):
    request_token: TokenPricing | None = None
    response_token: TokenPricing | None = None


class IntegrationWorkspacesResponse(BaseModel):
    total: int | None = None
    """
    Total number of workspaces
    """
    workspaces: list[IntegrationWorkspace] | None = None


class BulkUpdateWorkspacesRequest(BaseModel):
    workspaces: list[WorkspaceUpdateRequest] | None = None
    global_workspace_access: GlobalWorkspaceAccess | None = None
    override_existing_workspace_access: bool | None = None
    """
    Whether to override existing workspace access settings
    """
    create_default_provider: bool = True
    """
    Whether to automatically create a default provider when granting workspace access. Defaults to true. Can be overridden per workspace.
    """
    default_provider_slug: str | None = None
    """
    Custom slug for the auto-created default provider. Applies to all workspaces unless overridden per workspace. If the slug already exists, the request will fail with a validation error.
    """


class Workspace(BaseModel):
    id: str | None = None
    slug: str | None = None
    name: str | None = None
    description: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    defaults: WorkspaceDefaults | None = None
    usage_limits: list[UsageLimits] | None = None
    rate_limits: list[RateLimits] | None = None


class WorkspaceList(BaseModel):
    total: int | None = None
    object: Literal["list"] | None = None
    data: list[Workspace] | None = None


class WorkspaceWithUsers(BaseModel):
    id: str | None = None
    slug: str | None = None
    name: str | None = None
    description: str | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    defaults: WorkspaceWithUsersDefaults | None = None
    users: list[User1] | None = None
    usage_limits: list[UsageLimits] | None = None
    rate_limits: list[RateLimits] | None = None


class CustomLog(BaseModel):
    request: CustomLogRequest
    response: CustomLogResponse
    metadata: CustomLogMetadata | None = None


class ExportItem(BaseModel):
    id: str
    organisation_id: str
    filters: GenerationsFilterSchema
    requested_data: list[
        Literal[
            "id",
            "trace_id",
            "created_at",
            "request",
            "response",
            "is_success",
            "ai_org",
            "ai_model",
            "req_units",
            "res_units",
            "total_units",
            "request_url",
            "cost",
            "cost_currency",
            "response_time",
            "response_status_code",
            "mode",
            "config",
            "prompt_slug",
            "metadata",
        ]
    ]
    status: Literal["draft", "in_progress", "success", "failed", "stopped"]
    description: str
    created_at: AwareDatetime
    last_updated_at: AwareDatetime
    created_by: str
    workspace_id: str
    object: Literal["export"]


class LogObject(BaseModel):
    field_id: str | None = Field(..., alias="_id")
    """
    Unique identifier for the log entry
    """
    request: LogRequest
    response: LogResponse
    organisation_id: str | None = Field(...)
    """
    Organization identifier
    """
    created_at: AwareDatetime | None = Field(...)
    """
    Timestamp when the log was created
    """
    metrics: AnalyticsMetrics | None = None
    """
    Analytics metrics object containing detailed metrics about the request
    """
    finalUntransformedRequest: RequestResponseObject | None = None
    """
    The original request before any transformations (only present when debug logging is enabled)
    """
    originalResponse: RequestResponseObject | None = None
    """
    The original response from the provider (only present when debug logging is enabled or request failed)
    """
    transformedRequest: RequestResponseObject | None = None
    """
    The request after transformations (only present when debug logging is enabled)
    """


class AuditLogObjectList(BaseModel):
    records: list[AuditLogObjectListRecordsItem] | None = None
    total: int | None = None
    """
    Total number of records in the response
    """
    object: Literal["analytics-graph"] | None = None
    """
    The type of object being returned
    """


class ApiKeyObject(BaseModel):
    id: str | None = None
    key: str | None = None
    name: str | None = None
    description: str | None = None
    type: (
        Literal["organisation-service", "workspace-service", "workspace-user"] | None
    ) = None
    organisation_id: str | None = None
    workspace_id: str | None = None
    user_id: str | None = None
    status: Literal["active", "exhausted"] | None = None
    created_at: AwareDatetime | None = None
    last_updated_at: AwareDatetime | None = None
    creation_mode: Literal["ui", "api", "auto"] | None = None
    rate_limits: list[ApiKeyObjectRateLimitsItem] | None = None
    usage_limits: UsageLimits | None = None
    reset_usage: float | None = None
    scopes: list[str] | None = None
    defaults: ApiKeyObjectDefaults | None = None
    alert_emails: list[str] | None = None
    expires_at: AwareDatetime | None = None
    object: Literal["api-key"] | None = None


class ApiKeyObjectList(BaseModel):
    total: int | None = None
    object: Literal["list"] | None = None
    data: list[ApiKeyObject] | None = None


class CreateApiKeyObject(BaseModel):
    name: str
    description: str | None = None
    organisation_id: str | None = None
    """
    Organisation ID. Optional when calling via an org-level API key (picked from auth context).
    """
    workspace_id: str | None = None
    user_id: str | None = None
    """
    **Required** when sub-type path parameter is 'user'. Not required when sub-type is 'service'.
    """
    rate_limits: list[CreateApiKeyObjectRateLimitsItem] | None = None
    usage_limits: UsageLimits | None = None
    scopes: list[str]
    defaults: CreateApiKeyObjectDefaults | None = None
    alert_emails: list[str] | None = None
    expires_at: AwareDatetime | None = None
    """
    ISO 8601 datetime at which this key expires. Must not exceed the org/workspace maximum TTL if configured.
    """
    rotation_policy: CreateApiKeyObjectRotationPolicy | None = None


class UpdateApiKeyObject(BaseModel):
    name: str | None = None
    description: str | None = None
    rate_limits: list[UpdateApiKeyObjectRateLimitsItem] | None = None
    usage_limits: UsageLimits | None = None
    reset_usage: bool | None = None
    """
    Whether to reset current usage. If the current status is exhausted, this will change it back to active.
    """
    scopes: list[str] | None = None
    defaults: UpdateApiKeyObjectDefaults | None = None
    alert_emails: list[str] | None = None
    expires_at: AwareDatetime | None = None
    """
    ISO 8601 datetime at which this key expires.
    """
    rotation_policy: UpdateApiKeyObjectRotationPolicy | None = None


class GuardrailCheck(BaseModel):
    id: Literal[
        "default.jwt",
        "default.modelWhitelist",
        "default.isAllLowerCase",
        "default.regexMatch",
        "default.sentenceCount",
        "default.wordCount",
        "default.characterCount",
        "default.jsonSchema",
        "default.jsonKeys",
        "default.contains",
        "default.validUrls",
        "default.containsCode",
        "default.webhook",
        "default.endsWith",
        "default.alluppercase",
        "default.requiredMetadataKeys",
        "default.allowedRequestTypes",
        "portkey.moderateContent",
        "portkey.language",
        "portkey.pii",
        "portkey.gibberish",
        "sydelabs.sydeguard",
        "aporia.validateProject",
        "pillar.scanPrompt",
        "pillar.scanResponse",
        "patronus.phi",
        "patronus.pii",
        "patronus.isConcise",
        "patronus.isHelpful",
        "patronus.isPolite",
        "patronus.noApologies",
        "patronus.noGenderBias",
        "patronus.noRacialBias",
        "patronus.retrievalAnswerRelevance",
        "patronus.toxicity",
        "patronus.custom",
        "mistral.moderateContent",
        "bedrock.guard",
        "promptfoo.guard",
        "promptfoo.pii",
        "promptfoo.harm",
        "acuvity.scan",
        "lasso.classify",
        "azure.contentSafety",
        "azure.pii",
        "panw-prisma-airs.intercept",
    ]
    """
    Identifier of the guardrail check type
    """
    parameters: (
        JwtParameters
        | ModelWhitelistParameters
        | RegexMatchParameters
        | SentenceCountParameters
        | WordCountParameters
        | CharacterCountParameters
        | JsonSchemaParameters
        | JsonKeysParameters
        | ContainsParameters
        | ValidUrlsParameters
        | ContainsCodeParameters
        | WebhookParameters
        | EndsWithParameters
        | UppercaseParameters
        | RequiredMetadataKeysParameters
        | AllowedRequestTypesParameters
        | SydeGuardParameters
        | AporiaParameters
        | PillarScanParameters
        | PatronusParameters
        | PatronusCustomParameters
        | PortkeyModerationParameters
        | PortkeyLanguageParameters
        | PortkeyPiiParameters
        | MistralModerationParameters
        | BedrockGuardParameters
        | PromptfooParameters
        | AcuvityScanParameters
        | AzureContentSafetyParameters
        | AzurePiiParameters
        | PanwPrismaParameters
        | BasicParameters
        | None
    ) = None
    """
    Configuration parameters specific to the check type
    """
    name: str | None = None
    """
    Custom name for this specific check instance
    """
    is_enabled: bool = True
    """
    Whether this check is enabled
    """


class ListGuardrailsResponse(BaseModel):
    data: list[GuardrailSummary]
    """
    Array of guardrail summaries
    """
    total: int = Field(..., ge=0)
    """
    Total number of guardrails available
    """


class BedrockBatchJob(OpenAiBatchJob):
    """
    Gateway supported body params for bedrock fine-tuning.
    """

    job_name: str | None = None
    """
    Job name for the batch job
    """
    output_data_config: str | None = None
    """
    Batch job's output storage location, will be constructed based on `input_file_id` if not provided
    """
    model: str
    """
    Model to start batch job with
    """
    role_arn: str
    """
    Role ARN for the bedrock batch job
    """


class PortkeyBatchJob(OpenAiBatchJob):
    """
    Gateway supported body params for portkey managed batching.
    """

    job_name: str | None = None
    """
    Job name for the batch job
    """
    output_data_config: str | None = None
    """
    Batch job's output storage location, will be constructed based on `input_file_id` if not provided
    """
    model: str
    """
    Model to start batch job with
    """
    role_arn: str | None = None
    """
    Role ARN for the bedrock batch job
    """
    portkey_options: PortkeyBatchJobPortkeyOptions | None = None
    provider_options: (
        PortkeyBatchJobProviderOptionsBedrockOptions
        | PortkeyBatchJobProviderOptionsVertexOptions
        | None
    ) = None
    """
    Provider specific options to be passed to the provider, optional can be passed directly as well.
    """


class UsageLimitsPolicy(BaseModel):
    id: str
    """
    Policy UUID
    """
    name: str | None = None
    """
    Policy name
    """
    conditions: list[Condition] | None = None
    """
    Array of conditions
    """
    group_by: list[GroupBy] | None = None
    """
    Array of group by fields
    """
    type: Literal["cost", "tokens"]
    """
    Policy type
    """
    credit_limit: float | None = None
    """
    Maximum usage allowed
    """
    alert_threshold: float | None = None
    """
    Alert threshold
    """
    periodic_reset: Literal["monthly", "weekly"] | None = None
    """
    Reset period
    """
    periodic_reset_days: int | None = Field(None, ge=1, le=365)
    """
    Reset the usage counter every N days (1-365). Mutually exclusive with periodic_reset.
    """
    next_usage_reset_at: AwareDatetime | None = None
    """
    ISO 8601 datetime for the next scheduled usage reset. Populated for periodic_reset_days policies.
    """
    last_reset_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of the last usage reset.
    """
    status: Literal["active", "archived"]
    """
    Policy status
    """
    workspace_id: str
    """
    Workspace UUID
    """
    organisation_id: str
    """
    Organization UUID
    """
    created_at: AwareDatetime
    """
    Creation timestamp
    """
    last_updated_at: AwareDatetime
    """
    Last update timestamp
    """
    value_key_usage_map: dict[str, ValueKeyUsage] | None = None
    """
    Map of value keys to usage information (only included when include_usage=true)
    """


class UsageLimitsPolicyListResponse(BaseModel):
    object: str | None = None
    data: list[UsageLimitsPolicy] | None = None
    total: int | None = None
    """
    Total number of policies
    """


class UsageLimitsPolicyResponse(UsageLimitsPolicy):
    object: str | None = None


class CreateMcpIntegration(BaseModel):
    """
    Only include optional fields (slug, description, configurations) when you have values for them. The example and code samples show required fields plus workspace_id and organisation_id when scoping.
    """

    organisation_id: str | None = None
    """
    Organisation ID (optional; required when using org admin API key without workspace_id)
    """
    workspace_id: str | None = None
    """
    Workspace ID (optional; to create at workspace level)
    """
    slug: str | None = Field(None, pattern="^[a-zA-Z0-9_-]+$")
    """
    Optional slug; must be unique within organisation
    """
    name: str
    """
    Display name of the MCP integration
    """
    description: str | None = None
    configurations: CreateMcpIntegrationConfigurations | None = None
    url: str
    """
    MCP server URL
    """
    auth_type: Literal["oauth_auto", "headers", "none"]
    transport: Literal["http", "sse"]
    secret_mappings: list[SecretMapping] | None = None
    """
    Dynamically resolve secrets from secret references at runtime. Valid target_field values are "configurations.<field>" (e.g. "configurations.oauth_metadata"). Each target_field must be unique.
    """


class UpdateMcpIntegration(BaseModel):
    name: str | None = None
    description: str | None = None
    configurations: UpdateMcpIntegrationConfigurations | None = None
    url: str | None = None
    auth_type: Literal["oauth_auto", "headers", "none"] | None = None
    transport: Literal["http", "sse"] | None = None
    secret_mappings: list[SecretMapping] | None = None
    """
    Dynamically resolve secrets from secret references at runtime. Valid target_field values are "configurations.<field>" (e.g. "configurations.oauth_metadata"). Each target_field must be unique.
    """


class BulkUpdateMcpIntegrationWorkspaces(BaseModel):
    workspaces: list[BulkUpdateMcpIntegrationWorkspacesWorkspacesItem] = Field(
        ..., min_length=0
    )
    global_workspace_access: (
        BulkUpdateMcpIntegrationWorkspacesGlobalWorkspaceAccess | None
    ) = None
    override_existing_workspace_access: bool = False


class McpIntegrationCapabilitiesCounts(BaseModel):
    tools: McpIntegrationCapabilitiesCountsTools | None = None
    prompts: McpIntegrationCapabilitiesCountsPrompts | None = None
    resources: McpIntegrationCapabilitiesCountsResources | None = None
    resource_templates: McpIntegrationCapabilitiesCountsResourceTemplates | None = None


class McpIntegrationCapabilitiesListResponse(BaseModel):
    data: list[McpIntegrationCapabilityItem] | None = None
    counts: McpIntegrationCapabilitiesCounts | None = None
    total: int | None = None
    has_more: bool | None = None


class BulkUpdateMcpIntegrationCapabilities(BaseModel):
    capabilities: list[BulkUpdateMcpIntegrationCapabilitiesCapabilitiesItem] = Field(
        ..., min_length=1
    )


class McpServer(BaseModel):
    id: str | None = None
    slug: str | None = None
    name: str | None = None
    status: str | None = None
    description: str | None = None
    created_at: AwareDatetime | None = None
    mcp_integration_id: str | None = None
    """
    MCP Integration ID or slug
    """
    mcp_integration_details: McpServerMcpIntegrationDetails | None = None
    workspace_id: str | None = None
    """
    Present for system/service auth
    """


class McpServerCapabilitiesCounts(BaseModel):
    tools: McpServerCapabilitiesCountsTools | None = None
    prompts: McpServerCapabilitiesCountsPrompts | None = None
    resources: McpServerCapabilitiesCountsResources | None = None
    resource_templates: McpServerCapabilitiesCountsResourceTemplates | None = None


class McpServerCapabilitiesListResponse(BaseModel):
    data: list[McpServerCapabilityItem] | None = None
    counts: McpServerCapabilitiesCounts | None = None
    total: int | None = None
    has_more: bool | None = None


class BulkUpdateMcpServerCapabilities(BaseModel):
    capabilities: list[BulkUpdateMcpServerCapabilitiesCapabilitiesItem] = Field(
        ..., min_length=1
    )


class BulkUpdateMcpServerUserAccess(BaseModel):
    user_access: list[BulkUpdateMcpServerUserAccessUserAccessItem] | None = None
    default_user_access: Literal["allow", "deny"] | None = None
    """
    Server default when user has no explicit override
    """


class AssistantObjectToolResources(BaseModel):
    """
    A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    """

    code_interpreter: AssistantObjectToolResourcesCodeInterpreter | None = None
    file_search: AssistantObjectToolResourcesFileSearch | None = None


class BatchErrors(BaseModel):
    object: str | None = None
    """
    The object type, which is always `list`.
    """
    data: list[BatchErrorsDataItem] | None = None


class CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChu2(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["static"]
    """
    Always `static`.
    """
    static: CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChu3


class CreateChatCompletionResponseChoicesItemLogprobs(BaseModel):
    """
    Log probability information for the choice.
    """

    content: list[ChatCompletionTokenLogprob] | None = Field(...)
    """
    A list of message content tokens with log probability information.
    """


class CreateChatCompletionStreamResponseChoicesItemLogprobs(BaseModel):
    """
    Log probability information for the choice.
    """

    content: list[ChatCompletionTokenLogprob] | None = Field(...)
    """
    A list of message content tokens with log probability information.
    """


class CreateCompletionRequestPromptOption4(
    RootModel[list[CreateCompletionRequestPromptOption4Item]]
):
    root: list[CreateCompletionRequestPromptOption4Item] = Field(..., min_length=1)


class CreateCompletionResponseChoicesItem(BaseModel):
    finish_reason: Literal["stop", "length", "content_filter"]
    """
    The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    or `content_filter` if content was omitted due to a flag from our content filters.
    """
    index: int
    logprobs: CreateCompletionResponseChoicesItemLogprobs | None
    text: str


class CreateEmbeddingRequestInputArray3(
    RootModel[list[CreateEmbeddingRequestInputArray3Item]]
):
    """
    The array of arrays containing integers that will be turned into an embedding.
    """

    root: list[CreateEmbeddingRequestInputArray3Item] = Field(
        ..., max_length=2048, min_length=1, title="array"
    )
    """
    The array of arrays containing integers that will be turned into an embedding.
    """


class CreateMessageRequestContentArrayOfContentParts(
    RootModel[
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
        ]
    ]
):
    """
    An array of content parts with a defined type, each can be of type `text` or images can be passed with `image_url` or `image_file`. Image types are only supported on [Vision-compatible models](https://platform.openai.com/docs/models/overview).
    """

    root: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
    ] = Field(..., min_length=1, title="Array of content parts")
    """
    An array of content parts with a defined type, each can be of type `text` or images can be passed with `image_url` or `image_file`. Image types are only supported on [Vision-compatible models](https://platform.openai.com/docs/models/overview).
    """


class CreateModerationResponseResultsItem(BaseModel):
    flagged: bool
    """
    Whether any of the below categories are flagged.
    """
    categories: CreateModerationResponseResultsItemCategories
    category_scores: CreateModerationResponseResultsItemCategoryScores


class CreateThreadAndRunRequestToolResources(BaseModel):
    """
    A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    """

    code_interpreter: CreateThreadAndRunRequestToolResourcesCodeInterpreter | None = (
        None
    )
    file_search: CreateThreadAndRunRequestToolResourcesFileSearch | None = None


class CreateThreadRequestToolResourcesFileSearchVectorStoresItemChunki2(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["static"]
    """
    Always `static`.
    """
    static: CreateThreadRequestToolResourcesFileSearchVectorStoresItemChunki3


class FileSearchToolCallResultsItem(BaseModel):
    file_id: str | None = None
    """
    The unique ID of the file.
    """
    text: str | None = None
    """
    The text that was retrieved from the file.
    """
    filename: str | None = None
    """
    The name of the file.
    """
    attributes: VectorStoreFileAttributes | None = None
    score: float | None = None
    """
    The relevance score of the file - a value between 0 and 1.
    """


class FineTuningJobHyperparameters(BaseModel):
    """
    The hyperparameters used for the fine-tuning job. See the [fine-tuning guide](https://platform.openai.com/docs/guides/fine-tuning) for more details.
    """

    n_epochs: Literal["auto"] | FineTuningJobHyperparametersNEpochsOption2
    """
    The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
    "auto" decides the optimal number of epochs based on the size of the dataset. If setting the number manually, we support any number between 1 and 50 epochs.
    """


class GuardrailActionsOnSuccess(BaseModel):
    """
    Actions to take when guardrail check passes
    """

    feedback: GuardrailActionsOnSuccessFeedback


class GuardrailActionsOnFail(BaseModel):
    """
    Actions to take when guardrail check fails
    """

    feedback: GuardrailActionsOnFailFeedback


class MessageContentTextObjectText(BaseModel):
    value: str
    """
    The data that makes up the text.
    """
    annotations: list[
        MessageContentTextAnnotationsFileCitationObject
        | MessageContentTextAnnotationsFilePathObject
    ]


class MessageDeltaContentTextObjectText(BaseModel):
    value: str | None = None
    """
    The data that makes up the text.
    """
    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
        ]
        | None
    ) = None


class ModifyAssistantRequestToolResources(BaseModel):
    """
    A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    """

    code_interpreter: ModifyAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyAssistantRequestToolResourcesFileSearch | None = None


class ModifyThreadRequestToolResources(BaseModel):
    """
    A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    """

    code_interpreter: ModifyThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyThreadRequestToolResourcesFileSearch | None = None


class OpenAiFinetuneJobMethodSupervised(BaseModel):
    hyperparameters: OpenAiFinetuneJobMethodSupervisedHyperparameters


class OpenAiFinetuneJobMethodDpo(BaseModel):
    hyperparameters: OpenAiFinetuneJobMethodDpoHyperparameters


class ResponsePropertiesText(BaseModel):
    """
    Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    format: (
        ResponseFormatText
        | TextResponseFormatJsonSchema
        | ResponseFormatJsonObject
        | None
    ) = None
    """
    An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    which ensures the model will match your supplied JSON schema. Learn more in the
    [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """


class RunObjectRequiredActionSubmitToolOutputs(BaseModel):
    """
    Details on the tool outputs needed for this run to continue.
    """

    tool_calls: list[RunToolCallObject]
    """
    A list of the relevant tool calls.
    """


class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter(BaseModel):
    """
    The Code Interpreter tool call definition.
    """

    input: str | None = None
    """
    The input to the Code Interpreter tool call.
    """
    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
        ]
        | None
    ) = None
    """
    The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type.
    """


class RunStepDetailsToolCallsCodeObjectCodeInterpreter(BaseModel):
    """
    The Code Interpreter tool call definition.
    """

    input: str
    """
    The input to the Code Interpreter tool call.
    """
    outputs: list[
        RunStepDetailsToolCallsCodeOutputLogsObject
        | RunStepDetailsToolCallsCodeOutputImageObject
    ]
    """
    The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type.
    """


class ThreadObjectToolResources(BaseModel):
    """
    A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    """

    code_interpreter: ThreadObjectToolResourcesCodeInterpreter | None = None
    file_search: ThreadObjectToolResourcesFileSearch | None = None


class PostAdminWorkspacesRequest(BaseModel):
    name: str | None = None
    description: str | None = None
    defaults: PostAdminWorkspacesRequestDefaults | None = None
    users: list[str] | None = None
    usage_limits: list[UsageLimits] | None = None
    rate_limits: list[RateLimits] | None = None


class PutAdminWorkspacesWorkspaceIdRequest(BaseModel):
    name: str | None = None
    description: str | None = None
    defaults: PutAdminWorkspacesWorkspaceIdRequestDefaults | None = None
    usage_limits: list[UsageLimits] | None = None
    rate_limits: list[RateLimits] | None = None


class PostAdminWorkspacesWorkspaceIdUsersRequest(BaseModel):
    users: list[PostAdminWorkspacesWorkspaceIdUsersRequestUsersItem] | None = None


class GetAnalyticsGraphsCacheHitRateResponse(BaseModel):
    summary: GetAnalyticsGraphsCacheHitRateResponseSummary
    data_points: list[GetAnalyticsGraphsCacheHitRateResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsCacheLatencyResponse(BaseModel):
    summary: dict[str, Any]
    data_points: list[GetAnalyticsGraphsCacheLatencyResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsCostResponse(BaseModel):
    summary: GetAnalyticsGraphsCostResponseSummary
    data_points: list[GetAnalyticsGraphsCostResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsErrorsResponse(BaseModel):
    summary: GetAnalyticsGraphsErrorsResponseSummary
    data_points: list[GetAnalyticsGraphsErrorsResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsErrorsRateResponse(BaseModel):
    summary: GetAnalyticsGraphsErrorsRateResponseSummary
    data_points: list[GetAnalyticsGraphsErrorsRateResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsErrorsStacksResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    stats: list[GetAnalyticsGraphsErrorsStacksResponseDataPointsItemStatsItem]


class GetAnalyticsGraphsErrorsStatusCodesResponse(BaseModel):
    summary: GetAnalyticsGraphsErrorsStatusCodesResponseSummary
    data_points: list[GetAnalyticsGraphsErrorsStatusCodesResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsFeedbacksResponse(BaseModel):
    summary: GetAnalyticsGraphsFeedbacksResponseSummary
    data_points: list[GetAnalyticsGraphsFeedbacksResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsFeedbacksAiModelsResponse(BaseModel):
    summary: dict[str, Any]
    data_points: list[GetAnalyticsGraphsFeedbacksAiModelsResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsFeedbacksScoresResponse(BaseModel):
    summary: GetAnalyticsGraphsFeedbacksScoresResponseSummary
    data_points: list[GetAnalyticsGraphsFeedbacksScoresResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsFeedbacksWeightedResponse(BaseModel):
    summary: GetAnalyticsGraphsFeedbacksWeightedResponseSummary
    data_points: list[GetAnalyticsGraphsFeedbacksWeightedResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsLatencyResponse(BaseModel):
    summary: GetAnalyticsGraphsLatencyResponseSummary
    data_points: list[GetAnalyticsGraphsLatencyResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsRequestsResponse(BaseModel):
    summary: GetAnalyticsGraphsRequestsResponseSummary
    data_points: list[GetAnalyticsGraphsRequestsResponseDataPointsItem]
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsRequestsRescuedResponseDataPointsItem(BaseModel):
    timestamp: AwareDatetime
    """
    The timestamp for the data point bucket
    """
    retry: list[GetAnalyticsGraphsRequestsRescuedResponseDataPointsItemRetryItem]
    fallback: int
    """
    Total requests rescued using fallback for this data point bucket
    """


class GetAnalyticsGraphsTokensResponse(BaseModel):
    summary: GetAnalyticsGraphsTokensResponseSummary
    data_points: list[GetAnalyticsGraphsTokensResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsUsersResponse(BaseModel):
    summary: GetAnalyticsGraphsUsersResponseSummary
    data_points: list[GetAnalyticsGraphsUsersResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsUsersRequestsResponse(BaseModel):
    summary: GetAnalyticsGraphsUsersRequestsResponseSummary
    data_points: list[GetAnalyticsGraphsUsersRequestsResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGroupsAiModelsResponse(BaseModel):
    object: Literal["list"]
    total: int
    """
    Total records present across all pages
    """
    data: list[GetAnalyticsGroupsAiModelsResponseDataItem]


class GetAnalyticsGroupsMetadataMetadataKeyResponse(BaseModel):
    object: Literal["list"]
    total: int
    """
    Total records present across all pages
    """
    data: list[GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem]


class GetAnalyticsGroupsUsersResponse(BaseModel):
    object: Literal["list"]
    total: int
    """
    Total records present across all pages
    """
    data: list[GetAnalyticsGroupsUsersResponseDataItem]


class GetAnalyticsSummaryCacheResponse(BaseModel):
    summary: GetAnalyticsSummaryCacheResponseSummary
    object: Literal["analytics-summary"]
    """
    The type of object being returned
    """


class ListConfigsResponse(BaseModel):
    success: bool | None = None
    data: list[ListConfigsResponseDataItem] | None = None


class CreateConfigResponse(BaseModel):
    success: bool | None = None
    data: CreateConfigResponseData | None = None


class GetConfigResponseDataConfig(BaseModel):
    retry: GetConfigResponseDataConfigRetry | None = None
    cache: GetConfigResponseDataConfigCache | None = None
    strategy: GetConfigResponseDataConfigStrategy | None = None
    targets: list[GetConfigResponseDataConfigTargetsItem] | None = None


class UpdateConfigRequest(BaseModel):
    name: str | None = None
    config: UpdateConfigRequestConfig | None = None
    status: str | None = None


class UpdateConfigResponse(BaseModel):
    success: bool | None = None
    data: UpdateConfigResponseData | None = None


class ListConfigVersionsResponse(BaseModel):
    object: str | None = None
    total: int | None = None
    data: list[ListConfigVersionsResponseDataItem] | None = None


class GetScimWorkspacesResponse(BaseModel):
    mappings: list[GetScimWorkspacesResponseMappingsItem] | None = None
    total_count: int | None = None
    """
    Total number of mappings returned.
    """


class GetVirtualKeysResponse401(BaseModel):
    success: bool | None = None
    data: GetVirtualKeysResponse401Data | None = None


class PostVirtualKeysRequest(BaseModel):
    name: str | None = None
    provider: (
        Literal[
            "openai",
            "azure-openai",
            "ai21",
            "anthropic",
            "anyscale",
            "azure-openai",
            "bedrock",
            "cohere",
            "deepinfra",
            "fireworks-ai",
            "google",
            "groq",
            "hugging-face",
            "jina",
            "lingyi",
            "mistral-ai",
            "monsterapi",
            "moonshot",
            "nomic",
            "novita-ai",
            "open-ai",
            "openrouter",
            "palm",
            "perplexity-ai",
            "predibase",
            "reka-ai",
            "segmind",
            "stability-ai",
            "together-ai",
            "vertex-ai",
            "workers-ai",
            "zhipu",
        ]
        | None
    ) = None
    key: str | None = None
    note: str | None = None
    apiVersion: str | None = None
    resourceName: str | None = None
    deploymentName: str | None = None
    workspace_id: str | None = None
    """
    optional, needed when using organisation admin API keys
    """
    deploymentConfig: list[PostVirtualKeysRequestDeploymentConfigItem] | None = None
    usage_limits: UsageLimits | None = None
    rate_limits: RateLimits | None = None
    expires_at: AwareDatetime | None = None
    secret_mappings: list[SecretMapping] | None = None
    """
    Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "model_config.<field>" (e.g. "model_config.awsSecretAccessKey"). Each target_field must be unique. When "key" is mapped, the key field becomes optional.
    """


class PostVirtualKeysResponse(BaseModel):
    success: bool | None = None
    data: PostVirtualKeysResponseData | None = None


class PostVirtualKeysResponse401(BaseModel):
    success: bool | None = None
    data: PostVirtualKeysResponse401Data | None = None


class GetVirtualKeysSlugResponse401(BaseModel):
    success: bool | None = None
    data: GetVirtualKeysSlugResponse401Data | None = None


class PutVirtualKeysSlugRequest(BaseModel):
    name: str | None = None
    key: str | None = None
    note: str | None = None
    deploymentConfig: list[PutVirtualKeysSlugRequestDeploymentConfigItem] | None = None
    usage_limits: UsageLimits | None = None
    secret_mappings: list[SecretMapping] | None = None
    """
    Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "model_config.<field>" (e.g. "model_config.awsSecretAccessKey"). Each target_field must be unique.
    """


class PutVirtualKeysSlugResponse401(BaseModel):
    success: bool | None = None
    data: PutVirtualKeysSlugResponse401Data | None = None


class DeleteVirtualKeysSlugResponse401(BaseModel):
    success: bool | None = None
    data: DeleteVirtualKeysSlugResponse401Data | None = None


class ModelCalculateConfig(BaseModel):
    """
    Cost calculation formulas
    """

    request: ModelCalculateOperation | None = None
    response: ModelCalculateOperation | None = None


class CreateInvite(BaseModel):
    email: str
    workspaces: list[WorkspaceInvite]
    role: Literal["admin", "member"]
    workspace_api_key_details: CreateInviteWorkspaceApiKeyDetails | None = None


class CreateCompletionRequest(BaseModel):
    model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
    """
    ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
    """
    prompt: (
        str
        | list[str]
        | CreateCompletionRequestPromptOption3
        | CreateCompletionRequestPromptOption4
        | None
    ) = Field(...)
    """
    The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.

    Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.
    """
    best_of: int | None = Field(1, ge=0, le=20)
    """
    Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed.

    When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`.

    **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
    """
    echo: bool | None = False
    """
    Echo back the prompt in addition to the completion
    """
    frequency_penalty: float | None = Field(0, ge=-2.0, le=2.0)
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

    [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)
    """
    logit_bias: dict[str, int] | None = None
    """
    Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](https://platform.openai.com/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.

    As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.
    """
    logprobs: int | None = Field(None, ge=0, le=5)
    """
    Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response.

    The maximum value for `logprobs` is 5.
    """
    max_tokens: int | None = Field(16, ge=0)
    """
    The maximum number of [tokens](https://platform.openai.com/tokenizer?view=bpe) that can be generated in the completion.

    The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
    """
    n: int | None = Field(1, ge=1, le=128)
    """
    How many completions to generate for each prompt.

    **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
    """
    presence_penalty: float | None = Field(0, ge=-2.0, le=2.0)
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

    [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)
    """
    seed: int | None = Field(None, ge=-9223372036854775808, le=9223372036854775807)
    """
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.

    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
    """
    stop: str | CreateCompletionRequestStopOption2 | None = None
    """
    Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
    """
    stream: bool | None = False
    """
    Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-UShttps://platform.openai.com/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
    """
    stream_options: ChatCompletionStreamOptions | None = None
    suffix: str | None = None
    """
    The suffix that comes after a completion of inserted text.

    This parameter is only supported for `gpt-3.5-turbo-instruct`.
    """
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

    We generally recommend altering this or `top_p` but not both.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or `temperature` but not both.
    """
    user: str | None = None
    """
    A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
    """


class CreateCompletionResponse(BaseModel):
    """
    Represents a completion response from the API. Note: both the streamed and non-streamed response objects share the same shape (unlike the chat endpoint).
    """

    id: str
    """
    A unique identifier for the completion.
    """
    choices: list[CreateCompletionResponseChoicesItem]
    """
    The list of completion choices the model generated for the input prompt.
    """
    created: int
    """
    The Unix timestamp (in seconds) of when the completion was created.
    """
    model: str
    """
    The model used for completion.
    """
    system_fingerprint: str | None = None
    """
    This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    """
    object: Literal["text_completion"]
    """
    The object type, which is always "text_completion"
    """
    usage: CompletionUsage | None = None


class FileSearchToolCall(BaseModel):
    """
    The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information.
    """

    id: str
    """
    The unique ID of the file search tool call.
    """
    type: Literal["file_search_call"]
    """
    The type of the file search tool call. Always `file_search_call`.
    """
    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    """
    The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,
    """
    queries: list[str]
    """
    The queries used to search for files.
    """
    results: list[FileSearchToolCallResultsItem] | None = None
    """
    The results of the file search tool call.
    """


class OutputText(BaseModel):
    """
    A text output from the model.
    """

    type: Literal["output_text"]
    """
    The type of the output text. Always `output_text`.
    """
    text: str
    """
    The text output from the model.
    """
    annotations: list[FileCitation | UrlCitation | FilePath]
    """
    The annotations of the text output.
    """


class ChatCompletionResponseMessage(BaseModel):
    """
    A chat completion message generated by the model.
    """

    content: str | None = Field(...)
    """
    The contents of the message.
    """
    tool_calls: list[ChatCompletionMessageToolCall] | None = None
    """
    The tool calls generated by the model, such as function calls.
    """
    role: Literal["assistant"]
    """
    The role of the author of this message.
    """
    function_call: ChatCompletionResponseMessageFunctionCall | None = None
    content_blocks: (
        list[
            ChatCompletionRequestMessageContentPartText
            | ChatCompletionMessageContentPartThinking
            | ChatCompletionMessageContentPartRedactedThinking
        ]
        | None
    ) = None
    """
    The content blocks of the message. This is only present for certain providers with strict-open-ai-compliance flag set to false
    """


class InputMessage(BaseModel):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    type: Literal["message"] | None = None
    """
    The type of the message input. Always set to `message`.
    """
    role: Literal["user", "system", "developer"]
    """
    The role of the message input. One of `user`, `system`, or `developer`.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """
    content: list[InputText | InputImage | InputFile] = Field(
        ..., title="Input item content list"
    )
    """
    A list of one or many input items to the model, containing different content
    types.
    """


class InputMessageResource(InputMessage):
    id: str
    """
    The unique ID of the message input.
    """


class CreateModerationResponse(BaseModel):
    """
    Represents if a given text input is potentially harmful.
    """

    id: str
    """
    The unique identifier for the moderation request.
    """
    model: str
    """
    The model used to generate the moderation results.
    """
    results: list[CreateModerationResponseResultsItem]
    """
    A list of moderation objects.
    """


class ListFineTuningJobCheckpointsResponse(BaseModel):
    data: list[FineTuningJobCheckpoint]
    object: Literal["list"]
    first_id: str | None = None
    last_id: str | None = None
    has_more: bool


class CreateEmbeddingRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    input: (
        str
        | CreateEmbeddingRequestInputArray
        | CreateEmbeddingRequestInputArray2
        | CreateEmbeddingRequestInputArray3
    )
    """
    Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for `text-embedding-ada-002`), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
    """
    model: (
        str
        | Literal[
            "text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"
        ]
    )
    """
    ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
    """
    encoding_format: Literal["float", "base64"] = "float"
    """
    The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
    """
    dimensions: int | None = Field(None, ge=1)
    """
    The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
    """
    user: str | None = None
    """
    A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
    """


class FineTuningJob(BaseModel):
    """
    The `fine_tuning.job` object represents a fine-tuning job that has been created through the API.
    """

    id: str
    """
    The object identifier, which can be referenced in the API endpoints.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the fine-tuning job was created.
    """
    error: FineTuningJobError | None
    fine_tuned_model: str | None = Field(...)
    """
    The name of the fine-tuned model that is being created. The value will be null if the fine-tuning job is still running.
    """
    finished_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the fine-tuning job was finished. The value will be null if the fine-tuning job is still running.
    """
    hyperparameters: FineTuningJobHyperparameters
    model: str
    """
    The base model that is being fine-tuned.
    """
    object: Literal["fine_tuning.job"]
    """
    The object type, which is always "fine_tuning.job".
    """
    organization_id: str
    """
    The organization that owns the fine-tuning job.
    """
    result_files: list[str]
    """
    The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    """
    status: Literal[
        "validating_files", "queued", "running", "succeeded", "failed", "cancelled"
    ]
    """
    The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`.
    """
    trained_tokens: int | None = Field(...)
    """
    The total number of billable tokens processed by this fine-tuning job. The value will be null if the fine-tuning job is still running.
    """
    training_file: str
    """
    The file ID used for training. You can retrieve the training data with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    """
    validation_file: str | None = Field(...)
    """
    The file ID used for validation. You can retrieve the validation results with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    """
    integrations: list[FineTuningIntegration] | None = Field(None, max_length=5)
    """
    A list of integrations to enable for this fine-tuning job.
    """
    seed: int
    """
    The seed used for the fine-tuning job.
    """
    estimated_finish: int | None = None
    """
    The Unix timestamp (in seconds) for when the fine-tuning job is estimated to finish. The value will be null if the fine-tuning job is not running.
    """


class CodeInterpreterToolCall(BaseModel):
    """
    A tool call to run code.
    """

    id: str
    """
    The unique ID of the code interpreter tool call.
    """
    type: Literal["code_interpreter_call"]
    """
    The type of the code interpreter tool call. Always `code_interpreter_call`.
    """
    code: str
    """
    The code to run.
    """
    status: Literal["in_progress", "interpreting", "completed"]
    """
    The status of the code interpreter tool call.
    """
    results: list[CodeInterpreterTextOutput | CodeInterpreterFileOutput]
    """
    The results of the code interpreter tool call.
    """


class ResponseCodeInterpreterCallCompletedEvent(BaseModel):
    """
    Emitted when the code interpreter call is completed.
    """

    type: Literal["response.code_interpreter_call.completed"]
    """
    The type of the event. Always `response.code_interpreter_call.completed`.
    """
    output_index: int
    """
    The index of the output item that the code interpreter call is in progress.
    """
    code_interpreter_call: CodeInterpreterToolCall


class ResponseCodeInterpreterCallInProgressEvent(BaseModel):
    """
    Emitted when a code interpreter call is in progress.
    """

    type: Literal["response.code_interpreter_call.in_progress"]
    """
    The type of the event. Always `response.code_interpreter_call.in_progress`.
    """
    output_index: int
    """
    The index of the output item that the code interpreter call is in progress.
    """
    code_interpreter_call: CodeInterpreterToolCall


class ResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    """
    Emitted when the code interpreter is actively interpreting the code snippet.
    """

    type: Literal["response.code_interpreter_call.interpreting"]
    """
    The type of the event. Always `response.code_interpreter_call.interpreting`.
    """
    output_index: int
    """
    The index of the output item that the code interpreter call is in progress.
    """
    code_interpreter_call: CodeInterpreterToolCall


class ResponseProperties(BaseModel):
    previous_response_id: str | None = None
    """
    The unique ID of the previous response to the model. Use this to
    create multi-turn conversations. Learn more about
    [conversation state](/docs/guides/conversation-state).
    """
    model: (
        Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ]
        | None
    ) = None
    """
    Model ID used to generate the response, like `gpt-4o` or `o1`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """
    reasoning: Reasoning | None = None
    max_output_tokens: int | None = None
    """
    An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
    """
    instructions: str | None = None
    """
    Inserts a system (or developer) message as the first item in the model's context.

    When using along with `previous_response_id`, the instructions from a previous
    response will be not be carried over to the next response. This makes it simple
    to swap out system (or developer) messages in new responses.
    """
    text: ResponsePropertiesText | None = None
    tools: list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | None = (
        None
    )
    """
    An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling).
    """
    tool_choice: (
        ToolChoiceTypes
        | ToolChoiceFunction
        | Literal["none", "auto", "required"]
        | None
    ) = None
    """
    How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """
    truncation: Literal["auto", "disabled"] | None = "disabled"
    """
    The truncation strategy to use for the model response.
    - `auto`: If the context of this response and previous ones exceeds
      the model's context window size, the model will truncate the
      response to fit the context window by dropping input items in the
      middle of the conversation.
    - `disabled` (default): If a model response will exceed the context window
      size for a model, the request will fail with a 400 error.
    """


class ResponseTextAnnotationDeltaEvent(BaseModel):
    """
    Emitted when a text annotation is added.
    """

    type: Literal["response.output_text.annotation.added"]
    """
    The type of the event. Always `response.output_text.annotation.added`.
    """
    item_id: str
    """
    The ID of the output item that the text annotation was added to.
    """
    output_index: int
    """
    The index of the output item that the text annotation was added to.
    """
    content_index: int
    """
    The index of the content part that the text annotation was added to.
    """
    annotation_index: int
    """
    The index of the annotation that was added.
    """
    annotation: FileCitation | UrlCitation | FilePath


class AssistantObject(BaseModel):
    """
    Represents an `assistant` that can call the model and use tools.
    """

    id: str
    """
    The identifier, which can be referenced in API endpoints.
    """
    object: Literal["assistant"]
    """
    The object type, which is always `assistant`.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the assistant was created.
    """
    name: str | None = Field(..., max_length=256)
    """
    The name of the assistant. The maximum length is 256 characters.
    """
    description: str | None = Field(..., max_length=512)
    """
    The description of the assistant. The maximum length is 512 characters.
    """
    model: str
    """
    ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
    """
    instructions: str | None = Field(..., max_length=256000)
    """
    The system instructions that the assistant uses. The maximum length is 256,000 characters.
    """
    tools: list[
        AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction
    ] = Field(..., max_length=128)
    """
    A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    """
    tool_resources: AssistantObjectToolResources | None = None
    metadata: dict[str, Any] | None = Field(...)
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """
    response_format: Literal["none", "auto"] | AssistantsApiResponseFormat | None = None


class ModifyAssistantRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    model: str | None = None
    """
    ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
    """
    name: str | None = Field(None, max_length=256)
    """
    The name of the assistant. The maximum length is 256 characters.
    """
    description: str | None = Field(None, max_length=512)
    """
    The description of the assistant. The maximum length is 512 characters.
    """
    instructions: str | None = Field(None, max_length=256000)
    """
    The system instructions that the assistant uses. The maximum length is 256,000 characters.
    """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = Field(None, max_length=128)
    """
    A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    """
    tool_resources: ModifyAssistantRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """
    response_format: Literal["none", "auto"] | AssistantsApiResponseFormat | None = None


class ListAssistantsResponse(BaseModel):
    object: str
    data: list[AssistantObject]
    first_id: str
    last_id: str
    has_more: bool


class ThreadObject(BaseModel):
    """
    Represents a thread that contains [messages](https://platform.openai.com/docs/api-reference/messages).
    """

    id: str
    """
    The identifier, which can be referenced in API endpoints.
    """
    object: Literal["thread"]
    """
    The object type, which is always `thread`.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the thread was created.
    """
    tool_resources: ThreadObjectToolResources | None
    metadata: dict[str, Any] | None = Field(...)
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class ModifyThreadRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    tool_resources: ModifyThreadRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class ListThreadsResponse(BaseModel):
    object: str
    data: list[ThreadObject]
    first_id: str
    last_id: str
    has_more: bool


class CreateMessageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    role: Literal["user", "assistant"]
    """
    The role of the entity that is creating the message. Allowed values include:
    - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages.
    - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
    """
    content: str | CreateMessageRequestContentArrayOfContentParts
    attachments: list[CreateMessageRequestAttachmentsItem] | None = None
    """
    A list of files attached to the message, and the tools they should be added to.
    """
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class MessageContentTextObject(BaseModel):
    """
    The text content that is part of a message.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    text: MessageContentTextObjectText


class MessageDeltaContentTextObject(BaseModel):
    """
    The text content that is part of a message.
    """

    index: int
    """
    The index of the content part in the message.
    """
    type: Literal["text"]
    """
    Always `text`.
    """
    text: MessageDeltaContentTextObjectText | None = None


class RunStepDetailsToolCallsCodeObject(BaseModel):
    """
    Details of the Code Interpreter tool call the run step was involved in.
    """

    id: str
    """
    The ID of the tool call.
    """
    type: Literal["code_interpreter"]
    """
    The type of tool call. This is always going to be `code_interpreter` for this type of tool call.
    """
    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter


class RunStepDeltaStepDetailsToolCallsCodeObject(BaseModel):
    """
    Details of the Code Interpreter tool call the run step was involved in.
    """

    index: int
    """
    The index of the tool call in the tool calls array.
    """
    id: str | None = None
    """
    The ID of the tool call.
    """
    type: Literal["code_interpreter"]
    """
    The type of tool call. This is always going to be `code_interpreter` for this type of tool call.
    """
    code_interpreter: (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | None
    ) = None


class VectorStoreSearchResultItem(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    file_id: str
    """
    The ID of the vector store file.
    """
    filename: str
    """
    The name of the vector store file.
    """
    score: float = Field(..., ge=0.0, le=1.0)
    """
    The similarity score for the result.
    """
    attributes: VectorStoreFileAttributes | None
    content: list[VectorStoreSearchResultContentObject]
    """
    Content chunks from the file.
    """


class VectorStoreSearchResultsPage(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    object: Literal["vector_store.search_results.page"]
    """
    The object type, which is always `vector_store.search_results.page`
    """
    search_query: list[VectorStoreSearchResultsPageSearchQueryItem]
    data: list[VectorStoreSearchResultItem]
    """
    The list of search result items.
    """
    has_more: bool
    """
    Indicates if there are more results to fetch.
    """
    next_page: str | None = Field(...)
    """
    The token for the next page, if any.
    """


class VectorStoreFileObject(BaseModel):
    """
    A list of files attached to a vector store.
    """

    id: str
    """
    The identifier, which can be referenced in API endpoints.
    """
    object: Literal["vector_store.file"]
    """
    The object type, which is always `vector_store.file`.
    """
    usage_bytes: int
    """
    The total vector store usage in bytes. Note that this may be different from the original file size.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the vector store file was created.
    """
    vector_store_id: str
    """
    The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the [File](https://platform.openai.com/docs/api-reference/files) is attached to.
    """
    status: Literal["in_progress", "completed", "cancelled", "failed"]
    """
    The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The status `completed` indicates that the vector store file is ready for use.
    """
    last_error: VectorStoreFileObjectLastError | None
    chunking_strategy: (
        StaticChunkingStrategyResponseParam | OtherChunkingStrategyResponseParam | None
    ) = None
    """
    The strategy used to chunk the file.
    """


class ListVectorStoreFilesResponse(BaseModel):
    object: str
    data: list[VectorStoreFileObject]
    first_id: str
    last_id: str
    has_more: bool


class Batch(BaseModel):
    id: str
    object: Literal["batch"]
    """
    The object type, which is always `batch`.
    """
    endpoint: str
    """
    The Portkey API endpoint used by the batch.
    """
    errors: BatchErrors | None = None
    input_file_id: str
    """
    The ID of the input file for the batch.
    """
    completion_window: str
    """
    The time frame within which the batch should be processed.
    """
    status: Literal[
        "validating",
        "failed",
        "in_progress",
        "finalizing",
        "completed",
        "expired",
        "cancelling",
        "cancelled",
    ]
    """
    The current status of the batch.
    """
    output_file_id: str | None = None
    """
    The ID of the file containing the outputs of successfully executed requests.
    """
    error_file_id: str | None = None
    """
    The ID of the file containing the outputs of requests with errors.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the batch was created.
    """
    in_progress_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch started processing.
    """
    expires_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch will expire.
    """
    finalizing_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch started finalizing.
    """
    completed_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch was completed.
    """
    failed_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch failed.
    """
    expired_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch expired.
    """
    cancelling_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch started cancelling.
    """
    cancelled_at: int | None = None
    """
    The Unix timestamp (in seconds) for when the batch was cancelled.
    """
    request_counts: BatchRequestCounts | None = None
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class ListBatchesResponse(BaseModel):
    data: list[Batch]
    first_id: str | None = None
    last_id: str | None = None
    has_more: bool
    object: Literal["list"]


class PricingAdjustments(BaseModel):
    """
    Per-Integration pricing adjustments applied on top of Portkey's base model pricing
    for cost tracking, analytics, and budget limits. Use to reflect negotiated discounts,
    committed-use rates, or internal markups for cost showback.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    multiplier: PricingMultiplier | None = None


class PricingConfig(BaseModel):
    type: Literal["static"] | None = None
    """
    Pricing type
    """
    pay_as_you_go: PayAsYouGoPricing | None = None


class ModelUpdateRequest(BaseModel):
    slug: str
    """
    Model slug identifier
    """
    enabled: bool
    """
    Whether to enable the model
    """
    is_custom: bool | None = None
    """
    Whether this is a custom model
    """
    is_finetune: bool | None = None
    """
    Whether this is a fine-tuned model
    """
    base_model_slug: str | None = None
    """
    Base model slug for fine-tuned models
    """
    configurations: ModelConfigurations | None = None
    pricing_config: PricingConfig | None = None


class ExportListResponse(BaseModel):
    object: Literal["list"] | None = None
    total: int | None = None
    data: list[ExportItem] | None = None


class GuardrailActions(BaseModel):
    """
    Actions to take when guardrail checks fail or pass
    """

    deny: bool
    """
    Whether to deny the request when guardrail check fails
    """
    async_: bool = Field(..., alias="async")
    """
    Whether the guardrail check should be performed asynchronously
    """
    on_success: GuardrailActionsOnSuccess
    on_fail: GuardrailActionsOnFail


class GuardrailDetails(GuardrailSummary):
    checks: list[GuardrailCheck] | None = None
    """
    Array of configured guardrail checks
    """
    actions: GuardrailActions | None = None


class ChatCompletionRequestUserMessageContentArrayOfContentParts(
    RootModel[
        list[
            ChatCompletionRequestMessageContentPartText
            | ChatCompletionRequestMessageContentPartImage
        ]
    ]
):
    """
    An array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts. Image input is only supported when using the `gpt-4-visual-preview` model.
    """

    root: list[
        ChatCompletionRequestMessageContentPartText
        | ChatCompletionRequestMessageContentPartImage
    ] = Field(..., min_length=1, title="Array of content parts")
    """
    An array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts. Image input is only supported when using the `gpt-4-visual-preview` model.
    """


class CreateAssistantRequestToolResourcesFileSearchVectorStoresItem(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=10000)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs to add to the vector store. There can be a maximum of 10000 files in a vector store.
    """
    chunking_strategy: (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChu
        | CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChu2
        | None
    ) = None
    """
    The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    """
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to a vector store. This can be useful for storing additional information about the vector store in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class CreateChatCompletionFunctionResponseChoicesItem(BaseModel):
    finish_reason: Literal["stop", "length", "function_call", "content_filter"]
    """
    The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence, `length` if the maximum number of tokens specified in the request was reached, `content_filter` if content was omitted due to a flag from our content filters, or `function_call` if the model called a function.
    """
    index: int
    """
    The index of the choice in the list of choices.
    """
    message: ChatCompletionResponseMessage


class CreateChatCompletionResponseChoicesItem(BaseModel):
    finish_reason: Literal[
        "stop", "length", "tool_calls", "content_filter", "function_call"
    ]
    """
    The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    `content_filter` if content was omitted due to a flag from our content filters,
    `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    """
    index: int
    """
    The index of the choice in the list of choices.
    """
    message: ChatCompletionResponseMessage
    logprobs: CreateChatCompletionResponseChoicesItemLogprobs | None


class CreateChatCompletionStreamResponseChoicesItem(BaseModel):
    delta: ChatCompletionStreamResponseDelta
    logprobs: CreateChatCompletionStreamResponseChoicesItemLogprobs | None = None
    finish_reason: (
        Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
        | None
    ) = Field(...)
    """
    The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    `content_filter` if content was omitted due to a flag from our content filters,
    `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    """
    index: int
    """
    The index of the choice in the list of choices.
    """


class CreateThreadRequestToolResourcesFileSearchVectorStoresItem(BaseModel):
    file_ids: list[str] | None = Field(None, max_length=10000)
    """
    A list of [file](https://platform.openai.com/docs/api-reference/files) IDs to add to the vector store. There can be a maximum of 10000 files in a vector store.
    """
    chunking_strategy: (
        CreateThreadRequestToolResourcesFileSearchVectorStoresItemChunki
        | CreateThreadRequestToolResourcesFileSearchVectorStoresItemChunki2
        | None
    ) = None
    """
    The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    """
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to a vector store. This can be useful for storing additional information about the vector store in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class MessageDeltaObjectDelta(BaseModel):
    """
    The delta containing the fields that have changed on the Message.
    """

    role: Literal["user", "assistant"] | None = None
    """
    The entity that produced the message. One of `user` or `assistant`.
    """
    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentTextObject
            | MessageDeltaContentImageUrlObject
        ]
        | None
    ) = None
    """
    The content of the message in array of text and/or images.
    """


class OpenAiFinetuneJobMethod(BaseModel):
    """
    Hyperparameters for the finetune job
    """

    type: Literal["supervised", "dpo"]
    supervised: OpenAiFinetuneJobMethodSupervised | None = None
    dpo: OpenAiFinetuneJobMethodDpo | None = None


class RunObjectRequiredAction(BaseModel):
    """
    Details on the action required to continue the run. Will be `null` if no action is required.
    """

    type: Literal["submit_tool_outputs"]
    """
    For now, this is always `submit_tool_outputs`.
    """
    submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs


class ThreadStreamEventThreadCreated(BaseModel):
    """
    Occurs when a new [thread](https://platform.openai.com/docs/api-reference/threads/object) is created.
    """

    event: Literal["thread.created"]
    data: ThreadObject


class GetAnalyticsGraphsErrorsStacksResponse(BaseModel):
    summary: GetAnalyticsGraphsErrorsStacksResponseSummary
    data_points: list[GetAnalyticsGraphsErrorsStacksResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetAnalyticsGraphsRequestsRescuedResponse(BaseModel):
    summary: GetAnalyticsGraphsRequestsRescuedResponseSummary
    data_points: list[GetAnalyticsGraphsRequestsRescuedResponseDataPointsItem]
    """
    An array of data points, each with a timestamp and metrics
    """
    object: Literal["analytics-graph"]
    """
    The type of object being returned
    """


class GetConfigResponseData(BaseModel):
    config: GetConfigResponseDataConfig | None = None


class ModelPricingConfig(BaseModel):
    """
    Complete pricing configuration for a model
    """

    pay_as_you_go: ModelPayAsYouGo | None = None
    calculate: ModelCalculateConfig | None = None
    currency: Literal["USD"] | None = None
    """
    Currency code (always USD)
    """
    finetune_config: ModelFinetuneConfig | None = None


class ChatCompletionRequestUserMessage(BaseModel):
    content: str | ChatCompletionRequestUserMessageContentArrayOfContentParts
    """
    The contents of the user message.
    """
    role: Literal["user"]
    """
    The role of the messages author, in this case `user`.
    """
    name: str | None = None
    """
    An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    """


class ChatCompletionRequestAssistantMessage(BaseModel):
    content: str | None = None
    """
    The contents of the assistant message. Required unless `tool_calls` or `function_call` is specified.
    """
    role: Literal["assistant"]
    """
    The role of the messages author, in this case `assistant`.
    """
    name: str | None = None
    """
    An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    """
    tool_calls: list[ChatCompletionMessageToolCall] | None = None
    """
    The tool calls generated by the model, such as function calls.
    """
    function_call: ChatCompletionRequestAssistantMessageFunctionCall | None = None


class OutputMessage(BaseModel):
    """
    An output message from the model.
    """

    id: str
    """
    The unique ID of the output message.
    """
    type: Literal["message"]
    """
    The type of the output message. Always `message`.
    """
    role: Literal["assistant"]
    """
    The role of the output message. Always `assistant`.
    """
    content: list[OutputText | Refusal]
    """
    The content of the output message.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """


class CreateChatCompletionResponse(BaseModel):
    """
    Represents a chat completion response returned by model, based on the provided input.
    """

    id: str
    """
    A unique identifier for the chat completion.
    """
    choices: list[CreateChatCompletionResponseChoicesItem]
    """
    A list of chat completion choices. Can be more than one if `n` is greater than 1.
    """
    created: int
    """
    The Unix timestamp (in seconds) of when the chat completion was created.
    """
    model: str
    """
    The model used for the chat completion.
    """
    system_fingerprint: str | None = None
    """
    This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    """
    object: Literal["chat.completion"]
    """
    The object type, which is always `chat.completion`.
    """
    usage: CompletionUsage | None = None


class CreateChatCompletionFunctionResponse(BaseModel):
    """
    Represents a chat completion response returned by model, based on the provided input.
    """

    id: str
    """
    A unique identifier for the chat completion.
    """
    choices: list[CreateChatCompletionFunctionResponseChoicesItem]
    """
    A list of chat completion choices. Can be more than one if `n` is greater than 1.
    """
    created: int
    """
    The Unix timestamp (in seconds) of when the chat completion was created.
    """
    model: str
    """
    The model used for the chat completion.
    """
    system_fingerprint: str | None = None
    """
    This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    """
    object: Literal["chat.completion"]
    """
    The object type, which is always `chat.completion`.
    """
    usage: CompletionUsage | None = None


class ListPaginatedFineTuningJobsResponse(BaseModel):
    data: list[FineTuningJob]
    has_more: bool
    object: Literal["list"]


class CreateChatCompletionStreamResponse(BaseModel):
    """
    Represents a streamed chunk of a chat completion response returned by model, based on the provided input.
    """

    id: str
    """
    A unique identifier for the chat completion. Each chunk has the same ID.
    """
    choices: list[CreateChatCompletionStreamResponseChoicesItem]
    """
    A list of chat completion choices. Can contain more than one elements if `n` is greater than 1. Can also be empty for the
    last chunk if you set `stream_options: {"include_usage": true}`.
    """
    created: int
    """
    The Unix timestamp (in seconds) of when the chat completion was created. Each chunk has the same timestamp.
    """
    model: str
    """
    The model to generate the completion.
    """
    system_fingerprint: str | None = None
    """
    This fingerprint represents the backend configuration that the model runs with.
    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    """
    object: Literal["chat.completion.chunk"]
    """
    The object type, which is always `chat.completion.chunk`.
    """
    usage: CreateChatCompletionStreamResponseUsage | None = None


class CreateResponse(CreateModelResponseProperties, ResponseProperties):
    input: (
        str
        | list[
            EasyInputMessage
            | InputMessage
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerToolCallOutput
            | WebSearchToolCall
            | FunctionToolCall
            | FunctionToolCallOutput
            | ReasoningItem
            | ItemReference
        ]
    )
    """
    Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](https://platform.openai.com/docs/guides/text?api-mode=responses)
    - [Image inputs](https://platform.openai.com/docs/guides/images-vision?api-mode=responses)
    - [File inputs](https://platform.openai.com/docs/guides/pdf-files?api-mode=responses)
    - [Conversation state](https://platform.openai.com/docs/guides/conversation-state?api-mode=responses)
    - [Function calling](https://platform.openai.com/docs/guides/function-calling?api-mode=responses)
    """
    include: (
        list[
            Literal[
                "file_search_call.results",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
            ]
        ]
        | None
    ) = None
    """
    Specify additional output data to include in the model response. Currently
    supported values are:
    - `file_search_call.results`: Include the search results of
      the file search tool call.
    - `message.input_image.image_url`: Include image urls from the input message.
    - `computer_call_output.output.image_url`: Include image urls from the computer call output.
    """
    parallel_tool_calls: bool | None = True
    """
    Whether to allow the model to run tool calls in parallel.
    """
    store: bool | None = True
    """
    Whether to store the generated model response for later retrieval via
    API.
    """
    stream: bool | None = False
    """
    If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/responses-streaming)
    for more information.
    """
    model: Literal[
        "o1-pro",
        "o1-pro-2025-03-19",
        "computer-use-preview",
        "computer-use-preview-2025-03-11",
    ]
    """
    Model ID used to generate the response, like `gpt-4o` or `o1`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """


class OpenAiFinetuneJob(BaseModel):
    """
    Gateway supported body params for OpenAI, Azure OpenAI and VertexAI.
    """

    model: str
    """
    The base model to finetune
    """
    training_file: str
    """
    The training file to use for the finetune job
    """
    validation_file: str | None = None
    """
    The validation file to use for the finetune job
    """
    suffix: str
    """
    The suffix to append to the fine-tuned model name
    """
    method: OpenAiFinetuneJobMethod


class PortkeyFinetuneJob(OpenAiFinetuneJob):
    """
    Gateway supported body params for portkey managed fine-tuning.
    """

    job_name: str | None = None
    """
    Job name for the bedrock finetune job
    """
    role_arn: str | None = None
    """
    Role ARN for the bedrock finetune job
    """
    output_file: str | None = None
    """
    Finetune job's output s3 location, will be constructed based on `training_file` if not provided
    """
    portkey_options: PortkeyFinetuneJobPortkeyOptions | None = None
    provider_options: PortkeyFinetuneJobProviderOptions | None = None


class VertexFinetuneJob(OpenAiFinetuneJob):
    pass


class FinetuneChatRequestInput(BaseModel):
    """
    The per-line training example of a fine-tuning input file for chat models
    """

    messages: (
        list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestUserMessage
            | FineTuneChatCompletionRequestAssistantMessage
            | FineTuneChatCompletionRequestFunctionMessage
        ]
        | None
    ) = Field(None, min_length=1)
    functions: list[ChatCompletionFunctions] | None = Field(
        None, max_length=128, min_length=1
    )
    """
    A list of functions the model may generate JSON inputs for.
    """


class Content(RootModel[InputText | InputImage | InputFile | OutputText | Refusal]):
    root: InputText | InputImage | InputFile | OutputText | Refusal
    """
    Multi-modal input and output contents.
    """


class ResponseContentPartAddedEvent(BaseModel):
    """
    Emitted when a new content part is added.
    """

    type: Literal["response.content_part.added"]
    """
    The type of the event. Always `response.content_part.added`.
    """
    item_id: str
    """
    The ID of the output item that the content part was added to.
    """
    output_index: int
    """
    The index of the output item that the content part was added to.
    """
    content_index: int
    """
    The index of the content part that was added.
    """
    part: OutputText | Refusal
    """
    The content part that was added.
    """


class ResponseContentPartDoneEvent(BaseModel):
    """
    Emitted when a content part is done.
    """

    type: Literal["response.content_part.done"]
    """
    The type of the event. Always `response.content_part.done`.
    """
    item_id: str
    """
    The ID of the output item that the content part was added to.
    """
    output_index: int
    """
    The index of the output item that the content part was added to.
    """
    content_index: int
    """
    The index of the content part that is done.
    """
    part: OutputText | Refusal
    """
    The content part that is done.
    """


class Item(
    RootModel[
        InputMessage
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutput
        | WebSearchToolCall
        | FunctionToolCall
        | FunctionToolCallOutput
        | ReasoningItem
    ]
):
    root: (
        InputMessage
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutput
        | WebSearchToolCall
        | FunctionToolCall
        | FunctionToolCallOutput
        | ReasoningItem
    )
    """
    Content item used to generate a response.
    """


class RunObject(BaseModel):
    """
    Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    """

    id: str
    """
    The identifier, which can be referenced in API endpoints.
    """
    object: Literal["thread.run"]
    """
    The object type, which is always `thread.run`.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the run was created.
    """
    thread_id: str
    """
    The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was executed on as a part of this run.
    """
    assistant_id: str
    """
    The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for execution of this run.
    """
    status: Literal[
        "queued",
        "in_progress",
        "requires_action",
        "cancelling",
        "cancelled",
        "failed",
        "completed",
        "incomplete",
        "expired",
    ]
    """
    The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`.
    """
    required_action: RunObjectRequiredAction | None
    last_error: RunObjectLastError | None
    expires_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run will expire.
    """
    started_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run was started.
    """
    cancelled_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run was cancelled.
    """
    failed_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run failed.
    """
    completed_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run was completed.
    """
    incomplete_details: RunObjectIncompleteDetails | None
    model: str
    """
    The model that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    """
    instructions: str
    """
    The instructions that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    """
    tools: list[
        AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction
    ] = Field(..., max_length=20)
    """
    The list of tools that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    """
    metadata: dict[str, Any] | None = Field(...)
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """
    usage: RunCompletionUsage | None
    temperature: float | None = None
    """
    The sampling temperature used for this run. If not set, defaults to 1.
    """
    top_p: float | None = None
    """
    The nucleus sampling value used for this run. If not set, defaults to 1.
    """
    max_prompt_tokens: int | None = Field(..., ge=256)
    """
    The maximum number of prompt tokens specified to have been used over the course of the run.
    """
    max_completion_tokens: int | None = Field(..., ge=256)
    """
    The maximum number of completion tokens specified to have been used over the course of the run.
    """
    truncation_strategy: TruncationObject | None = Field(...)
    tool_choice: (
        Literal["none", "auto", "required"] | AssistantsNamedToolChoice | None
    ) = Field(...)
    parallel_tool_calls: bool
    """
    Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.
    """
    response_format: Literal["none", "auto"] | AssistantsApiResponseFormat | None = (
        Field(...)
    )


class CreateRunRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    assistant_id: str
    """
    The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
    """
    model: (
        str
        | Literal[
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | None
    ) = None
    """
    The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
    """
    instructions: str | None = None
    """
    Overrides the [instructions](https://platform.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
    """
    additional_instructions: str | None = None
    """
    Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
    """
    additional_messages: list[CreateMessageRequest] | None = None
    """
    Adds additional messages to the thread before creating the run.
    """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = Field(None, max_length=20)
    """
    Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
    """
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """
    stream: bool | None = None
    """
    If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    """
    max_prompt_tokens: int | None = Field(None, ge=256)
    """
    The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    """
    max_completion_tokens: int | None = Field(None, ge=256)
    """
    The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    """
    truncation_strategy: TruncationObject | None = None
    tool_choice: (
        Literal["none", "auto", "required"] | AssistantsNamedToolChoice | None
    ) = None
    parallel_tool_calls: bool | None = True
    """
    Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.
    """
    response_format: Literal["none", "auto"] | AssistantsApiResponseFormat | None = None


class ListRunsResponse(BaseModel):
    object: str
    data: list[RunObject]
    first_id: str
    last_id: str
    has_more: bool


class MessageObject(BaseModel):
    """
    Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads).
    """

    id: str
    """
    The identifier, which can be referenced in API endpoints.
    """
    object: Literal["thread.message"]
    """
    The object type, which is always `thread.message`.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the message was created.
    """
    thread_id: str
    """
    The [thread](https://platform.openai.com/docs/api-reference/threads) ID that this message belongs to.
    """
    status: Literal["in_progress", "incomplete", "completed"]
    """
    The status of the message, which can be either `in_progress`, `incomplete`, or `completed`.
    """
    incomplete_details: MessageObjectIncompleteDetails | None
    completed_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the message was completed.
    """
    incomplete_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the message was marked as incomplete.
    """
    role: Literal["user", "assistant"]
    """
    The entity that produced the message. One of `user` or `assistant`.
    """
    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentTextObject
    ]
    """
    The content of the message in array of text and/or images.
    """
    assistant_id: str | None = Field(...)
    """
    If applicable, the ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) that authored this message.
    """
    run_id: str | None = Field(...)
    """
    The ID of the [run](https://platform.openai.com/docs/api-reference/runs) associated with the creation of this message. Value is `null` when messages are created manually using the create message or create thread endpoints.
    """
    attachments: list[MessageObjectAttachmentsItem] | None = Field(...)
    """
    A list of files attached to the message, and the tools they were added to.
    """
    metadata: dict[str, Any] | None = Field(...)
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class MessageDeltaObject(BaseModel):
    """
    Represents a message delta i.e. any changed fields on a message during streaming.
    """

    id: str
    """
    The identifier of the message, which can be referenced in API endpoints.
    """
    object: Literal["thread.message.delta"]
    """
    The object type, which is always `thread.message.delta`.
    """
    delta: MessageDeltaObjectDelta


class ListMessagesResponse(BaseModel):
    object: str
    data: list[MessageObject]
    first_id: str
    last_id: str
    has_more: bool


class RunStepDetailsToolCallsObject(BaseModel):
    """
    Details of the tool call.
    """

    type: Literal["tool_calls"]
    """
    Always `tool_calls`.
    """
    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
    ]
    """
    An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    """


class RunStepDeltaStepDetailsToolCallsObject(BaseModel):
    """
    Details of the tool call.
    """

    type: Literal["tool_calls"]
    """
    Always `tool_calls`.
    """
    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
        ]
        | None
    ) = None
    """
    An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    """


class ThreadStreamEvent(RootModel[ThreadStreamEventThreadCreated]):
    root: ThreadStreamEventThreadCreated


class CreateIntegrationRequest(BaseModel):
    name: str
    """
    Human-readable name for the integration
    """
    slug: str | None = Field(None, pattern="^[a-zA-Z0-9_-]+$")
    """
    URL-friendly identifier (auto-generated if not provided)
    """
    ai_provider_id: str
    """
    ID of the base AI provider
    """
    key: str | None = None
    """
    API key for the provider (if required)
    """
    description: str | None = None
    """
    Optional description of the integration
    """
    workspace_id: str | None = None
    """
    Workspace ID (for workspace-scoped integrations)
    """
    configurations: (
        OpenAiConfiguration
        | AzureOpenAiConfiguration
        | BedrockConfiguration
        | VertexAiConfiguration
        | AzureAiConfiguration
        | WorkersAiConfiguration
        | SageMakerConfiguration
        | HuggingFaceConfiguration
        | CortexConfiguration
        | CustomHostConfiguration
        | None
    ) = None
    """
    Provider-specific configuration object
    """
    create_default_provider: bool = True
    """
    Whether to automatically create a default provider when creating a workspace-scoped integration. Defaults to true.
    """
    default_provider_slug: str | None = Field(
        None, max_length=255, pattern="^[a-zA-Z0-9_-]+$"
    )
    """
    Custom slug for the auto-created default provider. Only applicable for workspace-scoped integrations. If the slug already exists in the workspace, the request will fail with a validation error.
    """
    secret_mappings: list[SecretMapping] | None = None
    """
    Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "configurations.<field>" (e.g. "configurations.aws_secret_access_key", "configurations.azure_entra_client_secret"). Each target_field must be unique. When "key" is mapped, the key body field can be omitted.
    """
    pricing_adjustments: PricingAdjustments | None = None


class UpdateIntegrationRequest(BaseModel):
    name: str | None = None
    """
    Human-readable name for the integration
    """
    key: str | None = None
    """
    API key for the provider (if required)
    """
    description: str | None = None
    """
    Optional description of the integration
    """
    configurations: (
        OpenAiConfiguration
        | AzureOpenAiConfiguration
        | BedrockConfiguration
        | VertexAiConfiguration
        | AzureAiConfiguration
        | WorkersAiConfiguration
        | SageMakerConfiguration
        | HuggingFaceConfiguration
        | CortexConfiguration
        | CustomHostConfiguration
        | None
    ) = None
    """
    Provider-specific configuration object
    """
    secret_mappings: list[SecretMapping] | None = None
    """
    Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "configurations.<field>" (e.g. "configurations.aws_secret_access_key", "configurations.azure_entra_client_secret"). Each target_field must be unique.
    """
    pricing_adjustments: PricingAdjustments | None = None


class IntegrationDetailResponse(IntegrationList):
    masked_key: str | None = None
    """
    Masked API key
    """
    configurations: (
        OpenAiConfiguration
        | AzureOpenAiConfiguration
        | BedrockConfiguration
        | VertexAiConfiguration
        | AzureAiConfiguration
        | WorkersAiConfiguration
        | SageMakerConfiguration
        | HuggingFaceConfiguration
        | CortexConfiguration
        | CustomHostConfiguration
        | None
    ) = None
    """
    Provider-specific configuration object

    **⚠️ Security Note - Response Masking:**
    When retrieving integration details, sensitive fields are automatically masked:
    - Sensitive fields get a `masked_` prefix (e.g., `client_secret` → `masked_client_secret`)
    - Non-sensitive fields (IDs, URLs, regions, etc.) remain unchanged
    """
    global_workspace_access_settings: GlobalWorkspaceAccessSettings | None = None
    """
    Global workspace access configuration
    """
    allow_all_models: bool | None = None
    """
    Whether new models will be enabled by default
    """
    workspace_count: int | None = None
    """
    Number of workspaces with access to this integration
    """
    secret_mappings: list[SecretMapping] | None = None
    """
    Secret reference mappings for this integration. Valid target_field values are "key" or "configurations.<field>".
    """
    pricing_adjustments: PricingAdjustments | None = None


class IntegrationModel(BaseModel):
    slug: str | None = None
    """
    Model slug identifier
    """
    name: str | None = None
    """
    Human-readable model name
    """
    enabled: bool | None = None
    """
    Whether the model is enabled
    """
    is_custom: bool | None = None
    """
    Whether this is a custom model
    """
    is_finetune: bool | None = None
    """
    Whether this is a fine-tuned model
    """
    base_model_slug: str | None = None
    """
    Base model slug for fine-tuned models
    """
    pricing_config: PricingConfig | None = None


class BulkUpdateModelsRequest(BaseModel):
    models: list[ModelUpdateRequest]
    allow_all_models: bool | None = None
    """
    Whether to allow all models by default
    """


class CreateGuardrailRequest(BaseModel):
    name: str
    """
    Name of the guardrail
    """
    workspace_id: str | None = None
    """
    Workspace UUID (required if organisation_id not provided and not using API key)
    """
    organisation_id: str | None = None
    """
    Organisation UUID (required if workspace_id not provided and not using API key)
    """
    checks: list[GuardrailCheck] = Field(..., min_length=1)
    """
    Array of guardrail checks to apply
    """
    actions: GuardrailActions


class UpdateGuardrailRequest(BaseModel):
    name: str | None = None
    """
    Updated name of the guardrail
    """
    checks: list[GuardrailCheck] | None = Field(None, min_length=1)
    """
    Updated array of guardrail checks
    """
    actions: GuardrailActions | None = None


class CreateAssistantRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = Field(None, max_length=1)
    """
    The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    """
    vector_stores: (
        list[CreateAssistantRequestToolResourcesFileSearchVectorStoresItem] | None
    ) = Field(None, max_length=1)
    """
    A helper to create a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    """


class CreateThreadRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = Field(None, max_length=1)
    """
    The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.
    """
    vector_stores: (
        list[CreateThreadRequestToolResourcesFileSearchVectorStoresItem] | None
    ) = Field(None, max_length=1)
    """
    A helper to create a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread.
    """


class MessageStreamEventThreadMessageCreated(BaseModel):
    """
    Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is created.
    """

    event: Literal["thread.message.created"]
    data: MessageObject


class MessageStreamEventThreadMessageInProgress(BaseModel):
    """
    Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) moves to an `in_progress` state.
    """

    event: Literal["thread.message.in_progress"]
    data: MessageObject


class MessageStreamEventThreadMessageDelta(BaseModel):
    """
    Occurs when parts of a [Message](https://platform.openai.com/docs/api-reference/messages/object) are being streamed.
    """

    event: Literal["thread.message.delta"]
    data: MessageDeltaObject


class MessageStreamEventThreadMessageCompleted(BaseModel):
    """
    Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is completed.
    """

    event: Literal["thread.message.completed"]
    data: MessageObject


class MessageStreamEventThreadMessageIncomplete(BaseModel):
    """
    Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) ends before it is completed.
    """

    event: Literal["thread.message.incomplete"]
    data: MessageObject


class RunStepDeltaObjectDelta(BaseModel):
    """
    The delta containing the fields that have changed on the run step.
    """

    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | None
    ) = None
    """
    The details of the run step.
    """


class RunStreamEventThreadRunCreated(BaseModel):
    """
    Occurs when a new [run](https://platform.openai.com/docs/api-reference/runs/object) is created.
    """

    event: Literal["thread.run.created"]
    data: RunObject


class RunStreamEventThreadRunQueued(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `queued` status.
    """

    event: Literal["thread.run.queued"]
    data: RunObject


class RunStreamEventThreadRunInProgress(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to an `in_progress` status.
    """

    event: Literal["thread.run.in_progress"]
    data: RunObject


class RunStreamEventThreadRunRequiresAction(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `requires_action` status.
    """

    event: Literal["thread.run.requires_action"]
    data: RunObject


class RunStreamEventThreadRunCompleted(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is completed.
    """

    event: Literal["thread.run.completed"]
    data: RunObject


class RunStreamEventThreadRunIncomplete(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) ends with status `incomplete`.
    """

    event: Literal["thread.run.incomplete"]
    data: RunObject


class RunStreamEventThreadRunFailed(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) fails.
    """

    event: Literal["thread.run.failed"]
    data: RunObject


class RunStreamEventThreadRunCancelling(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `cancelling` status.
    """

    event: Literal["thread.run.cancelling"]
    data: RunObject


class RunStreamEventThreadRunCancelled(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is cancelled.
    """

    event: Literal["thread.run.cancelled"]
    data: RunObject


class RunStreamEventThreadRunExpired(BaseModel):
    """
    Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) expires.
    """

    event: Literal["thread.run.expired"]
    data: RunObject


class GetConfigResponse(BaseModel):
    success: bool | None = None
    data: GetConfigResponseData | None = None


class CreatePromptCompletionResponse(BaseModel):
    status: str | None = None
    """
    Response status
    """
    headers: dict[str, Any] | None = None
    """
    Response headers
    """
    body: CreateChatCompletionResponse | CreateCompletionResponse | None = None


class CreateChatCompletionRequest(BaseModel):
    messages: list[
        ChatCompletionRequestSystemMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestUserMessage
        | ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestFunctionMessage
    ] = Field(..., min_length=1)
    """
    A list of messages comprising the conversation so far. [Example Python code](https://cookbook.openai.com/examples/how_to_format_inputs_to_chatgpt_models).
    """
    model: (
        str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "o4-mini",
            "o3",
            "o3-mini",
            "o1",
            "o1-mini",
            "gpt-4o",
            "gpt-4o-mini",
            "gpt-4o-2024-05-13",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
    )
    """
    ID of the model to use. See the [model endpoint compatibility](https://platform.openai.com/docs/models/model-endpoint-compatibility) table for details on which models work with the Chat API.
    """
    frequency_penalty: float | None = Field(0, ge=-2.0, le=2.0)
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

    [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)
    """
    logit_bias: dict[str, int] | None = None
    """
    Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.
    """
    logprobs: bool | None = False
    """
    Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.
    """
    top_logprobs: int | None = Field(None, ge=0, le=20)
    """
    An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability. `logprobs` must be set to `true` if this parameter is used.
    """
    max_tokens: int | None = Field(None, deprecated=True)
    """
    Deprecated in favor of `max_completion_tokens`.

    The maximum number of [tokens](https://platform.openai.com/tokenizer?view=bpe) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API.

    **Supported models:** GPT-4o, GPT-4o-mini, GPT-4, GPT-4 Turbo, GPT-3.5 Turbo.

    **Not supported:** o-series reasoning models (o1, o3, o3-mini, o4-mini) and GPT-5 series — use `max_completion_tokens` instead.
    """
    max_completion_tokens: int | None = None
    """
    An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).

    **Supported models:** GPT-5 series, o-series reasoning models (o1, o3, o3-mini, o4-mini) — required. Also supported on GPT-4o, GPT-4o-mini, GPT-4, GPT-4 Turbo, GPT-3.5 Turbo as a replacement for `max_tokens`.
    """
    n: int | None = Field(1, ge=1, le=128)
    """
    How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
    """
    presence_penalty: float | None = Field(0, ge=-2.0, le=2.0)
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

    [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)
    """
    response_format: (
        ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject | None
    ) = None
    """
    An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }`enables Structured Outputs which ensures the model will match your
    supplied JSON schema. Works across all the providers that support this functionality. [OpenAI & Azure OpenAI](/integrations/llms/openai/structured-outputs), [Gemini & Vertex AI](/integrations/llms/vertex-ai/controlled-generations).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON.

    Using `json_schema` is preferred for models that support it.
    """
    seed: int | None = Field(None, ge=-9223372036854775808, le=9223372036854775807)
    """
    This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
    """
    stop: str | CreateChatCompletionRequestStopOption2 | None = None
    """
    Up to 4 sequences where the API will stop generating further tokens.
    """
    stream: bool | None = False
    """
    If set, partial message deltas will be sent, like in ChatGPT. Tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-UShttps://platform.openai.com/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
    """
    stream_options: ChatCompletionStreamOptions | None = None
    thinking: CreateChatCompletionRequestThinking | None = None
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

    We generally recommend altering this or `top_p` but not both.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or `temperature` but not both.
    """
    tools: list[ChatCompletionTool] | None = None
    """
    A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
    """
    tool_choice: (
        Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | None
    ) = None
    """
    Controls which (if any) tool is called by the model.
    `none` means the model will not call any tool and instead generates a message.
    `auto` means the model can pick between generating a message or calling one or more tools.
    `required` means the model must call one or more tools.
    Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools are present.
    """
    parallel_tool_calls: bool | None = True
    """
    Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.
    """
    user: str | None = None
    """
    A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
    """
    function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOption | None = (
        Field(None, deprecated=True)
    )
    """
    Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.
    `none` means the model will not call a function and instead generates a message.
    `auto` means the model can pick between generating a message or calling a function.
    Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

    `none` is the default when no functions are present. `auto` is the default if functions are present.
    """
    functions: list[ChatCompletionFunctions] | None = Field(
        None, deprecated=True, max_length=128, min_length=1
    )
    """
    Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for.
    """


class BedrockFinetuneJob(OpenAiFinetuneJob):
    """
    Gateway supported body params for bedrock fine-tuning.
    """

    job_name: str | None = None
    """
    Job name for the bedrock finetune job
    """
    role_arn: str | None = None
    """
    Role ARN for the bedrock finetune job
    """
    output_file: str | None = None
    """
    Finetune job's output s3 location, will be constructed based on `training_file` if not provided
    """


class Response(ModelResponseProperties, ResponseProperties):
    id: str
    """
    Unique identifier for this Response.
    """
    object: Literal["response"]
    """
    The object type of this resource - always set to `response`.
    """
    status: Literal["completed", "failed", "in_progress", "incomplete"] | None = None
    """
    The status of the response generation. One of `completed`, `failed`,
    `in_progress`, or `incomplete`.
    """
    created_at: float
    """
    Unix timestamp (in seconds) of when this Response was created.
    """
    error: ResponseError | None
    incomplete_details: ResponseIncompleteDetails | None
    output: list[
        Annotated[
            OutputMessage
            | FileSearchToolCall
            | FunctionToolCall
            | WebSearchToolCall
            | ComputerToolCall
            | ReasoningItem,
            Field(discriminator="type"),
        ]
    ]
    """
    An array of content items generated by the model.

    - The length and order of items in the `output` array is dependent
      on the model's response.
    - Rather than accessing the first item in the `output` array and
      assuming it's an `assistant` message with the content generated by
      the model, you might consider using the `output_text` property where
      supported in SDKs.
    """
    output_text: str | None = None
    """
    SDK-only convenience property that contains the aggregated text output
    from all `output_text` items in the `output` array, if any are present.
    Supported in the Python and JavaScript SDKs.
    """
    usage: ResponseUsage | None = None
    parallel_tool_calls: bool
    """
    Whether to allow the model to run tool calls in parallel.
    """
    instructions: str | None = Field(...)
    """
    Inserts a system (or developer) message as the first item in the model's context.

    When using along with `previous_response_id`, the instructions from a previous
    response will be not be carried over to the next response. This makes it simple
    to swap out system (or developer) messages in new responses.
    """
    model: Literal[
        "o1-pro",
        "o1-pro-2025-03-19",
        "computer-use-preview",
        "computer-use-preview-2025-03-11",
    ]
    """
    Model ID used to generate the response, like `gpt-4o` or `o1`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """
    tools: list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool]
    """
    An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling).
    """
    metadata: dict[str, str]
    tool_choice: (
        ToolChoiceTypes | ToolChoiceFunction | Literal["none", "auto", "required"]
    )
    """
    How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """
    temperature: float | None = Field(..., ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    We generally recommend altering this or `top_p` but not both.
    """
    top_p: float | None = Field(..., ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling,
    where the model considers the results of the tokens with top_p probability
    mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.
    """


class ResponseCompletedEvent(BaseModel):
    """
    Emitted when the model response is complete.
    """

    type: Literal["response.completed"]
    """
    The type of the event. Always `response.completed`.
    """
    response: Response
    """
    Properties of the completed response.
    """


class ResponseCreatedEvent(BaseModel):
    """
    An event that is emitted when a response is created.
    """

    type: Literal["response.created"]
    """
    The type of the event. Always `response.created`.
    """
    response: Response
    """
    The response that was created.
    """


class ResponseFailedEvent(BaseModel):
    """
    An event that is emitted when a response fails.
    """

    type: Literal["response.failed"]
    """
    The type of the event. Always `response.failed`.
    """
    response: Response
    """
    The response that failed.
    """


class ResponseInProgressEvent(BaseModel):
    """
    Emitted when the response is in progress.
    """

    type: Literal["response.in_progress"]
    """
    The type of the event. Always `response.in_progress`.
    """
    response: Response
    """
    The response that is in progress.
    """


class ResponseIncompleteEvent(BaseModel):
    """
    An event that is emitted when a response finishes as incomplete.
    """

    type: Literal["response.incomplete"]
    """
    The type of the event. Always `response.incomplete`.
    """
    response: Response
    """
    The response that was incomplete.
    """


class ResponseItemList(BaseModel):
    """
    A list of Response items.
    """

    object: Literal["list"]
    """
    The type of object returned, must be `list`.
    """
    data: list[
        InputMessageResource
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | WebSearchToolCall
        | FunctionToolCallResource
        | FunctionToolCallOutputResource
    ]
    """
    A list of items used to generate this response.
    """
    has_more: bool
    """
    Whether there are more items available.
    """
    first_id: str
    """
    The ID of the first item in the list.
    """
    last_id: str
    """
    The ID of the last item in the list.
    """


class ResponseOutputItemAddedEvent(BaseModel):
    """
    Emitted when a new output item is added.
    """

    type: Literal["response.output_item.added"]
    """
    The type of the event. Always `response.output_item.added`.
    """
    output_index: int
    """
    The index of the output item that was added.
    """
    item: (
        OutputMessage
        | FileSearchToolCall
        | FunctionToolCall
        | WebSearchToolCall
        | ComputerToolCall
        | ReasoningItem
    ) = Field(..., discriminator="type")
    """
    The output item that was added.
    """


class ResponseOutputItemDoneEvent(BaseModel):
    """
    Emitted when an output item is marked done.
    """

    type: Literal["response.output_item.done"]
    """
    The type of the event. Always `response.output_item.done`.
    """
    output_index: int
    """
    The index of the output item that was marked done.
    """
    item: (
        OutputMessage
        | FileSearchToolCall
        | FunctionToolCall
        | WebSearchToolCall
        | ComputerToolCall
        | ReasoningItem
    ) = Field(..., discriminator="type")
    """
    The output item that was marked done.
    """


class ResponseStreamEvent(
    RootModel[
        ResponseAudioDeltaEvent
        | ResponseAudioDoneEvent
        | ResponseAudioTranscriptDeltaEvent
        | ResponseAudioTranscriptDoneEvent
        | ResponseCodeInterpreterCallCodeDeltaEvent
        | ResponseCodeInterpreterCallCodeDoneEvent
        | ResponseCodeInterpreterCallCompletedEvent
        | ResponseCodeInterpreterCallInProgressEvent
        | ResponseCodeInterpreterCallInterpretingEvent
        | ResponseCompletedEvent
        | ResponseContentPartAddedEvent
        | ResponseContentPartDoneEvent
        | ResponseCreatedEvent
        | ResponseErrorEvent
        | ResponseFileSearchCallCompletedEvent
        | ResponseFileSearchCallInProgressEvent
        | ResponseFileSearchCallSearchingEvent
        | ResponseFunctionCallArgumentsDeltaEvent
        | ResponseFunctionCallArgumentsDoneEvent
        | ResponseInProgressEvent
        | ResponseFailedEvent
        | ResponseIncompleteEvent
        | ResponseOutputItemAddedEvent
        | ResponseOutputItemDoneEvent
        | ResponseRefusalDeltaEvent
        | ResponseRefusalDoneEvent
        | ResponseTextAnnotationDeltaEvent
        | ResponseTextDeltaEvent
        | ResponseTextDoneEvent
        | ResponseWebSearchCallCompletedEvent
        | ResponseWebSearchCallInProgressEvent
        | ResponseWebSearchCallSearchingEvent
    ]
):
    root: (
        ResponseAudioDeltaEvent
        | ResponseAudioDoneEvent
        | ResponseAudioTranscriptDeltaEvent
        | ResponseAudioTranscriptDoneEvent
        | ResponseCodeInterpreterCallCodeDeltaEvent
        | ResponseCodeInterpreterCallCodeDoneEvent
        | ResponseCodeInterpreterCallCompletedEvent
        | ResponseCodeInterpreterCallInProgressEvent
        | ResponseCodeInterpreterCallInterpretingEvent
        | ResponseCompletedEvent
        | ResponseContentPartAddedEvent
        | ResponseContentPartDoneEvent
        | ResponseCreatedEvent
        | ResponseErrorEvent
        | ResponseFileSearchCallCompletedEvent
        | ResponseFileSearchCallInProgressEvent
        | ResponseFileSearchCallSearchingEvent
        | ResponseFunctionCallArgumentsDeltaEvent
        | ResponseFunctionCallArgumentsDoneEvent
        | ResponseInProgressEvent
        | ResponseFailedEvent
        | ResponseIncompleteEvent
        | ResponseOutputItemAddedEvent
        | ResponseOutputItemDoneEvent
        | ResponseRefusalDeltaEvent
        | ResponseRefusalDoneEvent
        | ResponseTextAnnotationDeltaEvent
        | ResponseTextDeltaEvent
        | ResponseTextDoneEvent
        | ResponseWebSearchCallCompletedEvent
        | ResponseWebSearchCallInProgressEvent
        | ResponseWebSearchCallSearchingEvent
    ) = Field(..., discriminator="type")


class RunStepObject(BaseModel):
    """
    Represents a step in execution of a run.
    """

    id: str
    """
    The identifier of the run step, which can be referenced in API endpoints.
    """
    object: Literal["thread.run.step"]
    """
    The object type, which is always `thread.run.step`.
    """
    created_at: int
    """
    The Unix timestamp (in seconds) for when the run step was created.
    """
    assistant_id: str
    """
    The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) associated with the run step.
    """
    thread_id: str
    """
    The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run.
    """
    run_id: str
    """
    The ID of the [run](https://platform.openai.com/docs/api-reference/runs) that this run step is a part of.
    """
    type: Literal["message_creation", "tool_calls"]
    """
    The type of run step, which can be either `message_creation` or `tool_calls`.
    """
    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"]
    """
    The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`.
    """
    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject
    """
    The details of the run step.
    """
    last_error: RunStepObjectLastError | None
    expired_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run step expired. A step is considered expired if the parent run is expired.
    """
    cancelled_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run step was cancelled.
    """
    failed_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run step failed.
    """
    completed_at: int | None = Field(...)
    """
    The Unix timestamp (in seconds) for when the run step completed.
    """
    metadata: dict[str, Any] | None = Field(...)
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """
    usage: RunStepCompletionUsage | None


class RunStepDeltaObject(BaseModel):
    """
    Represents a run step delta i.e. any changed fields on a run step during streaming.
    """

    id: str
    """
    The identifier of the run step, which can be referenced in API endpoints.
    """
    object: Literal["thread.run.step.delta"]
    """
    The object type, which is always `thread.run.step.delta`.
    """
    delta: RunStepDeltaObjectDelta


class ListRunStepsResponse(BaseModel):
    object: str
    data: list[RunStepObject]
    first_id: str
    last_id: str
    has_more: bool


class IntegrationModelsResponse(BaseModel):
    total: int | None = None
    """
    Total number of models
    """
    models: list[IntegrationModel] | None = None


class PromptRenderResponse(BaseModel):
    success: bool
    """
    Indicates if the render was successful
    """
    data: CreateChatCompletionRequest | CreateCompletionRequest


class CreateAssistantRequestToolResources(BaseModel):
    """
    A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    """

    code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: CreateAssistantRequestToolResourcesFileSearch | None = None


class CreateThreadRequestToolResources(BaseModel):
    """
    A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    """

    code_interpreter: CreateThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: CreateThreadRequestToolResourcesFileSearch | None = None


class RunStepStreamEventThreadRunStepCreated(BaseModel):
    """
    Occurs when a [run step](https://platform.openai.com/docs/api-reference/runs/step-object) is created.
    """

    event: Literal["thread.run.step.created"]
    data: RunStepObject


class RunStepStreamEventThreadRunStepInProgress(BaseModel):
    """
    Occurs when a [run step](https://platform.openai.com/docs/api-reference/runs/step-object) moves to an `in_progress` state.
    """

    event: Literal["thread.run.step.in_progress"]
    data: RunStepObject


class RunStepStreamEventThreadRunStepDelta(BaseModel):
    """
    Occurs when parts of a [run step](https://platform.openai.com/docs/api-reference/runs/step-object) are being streamed.
    """

    event: Literal["thread.run.step.delta"]
    data: RunStepDeltaObject


class RunStepStreamEventThreadRunStepCompleted(BaseModel):
    """
    Occurs when a [run step](https://platform.openai.com/docs/api-reference/runs/step-object) is completed.
    """

    event: Literal["thread.run.step.completed"]
    data: RunStepObject


class RunStepStreamEventThreadRunStepFailed(BaseModel):
    """
    Occurs when a [run step](https://platform.openai.com/docs/api-reference/runs/step-object) fails.
    """

    event: Literal["thread.run.step.failed"]
    data: RunStepObject


class RunStepStreamEventThreadRunStepCancelled(BaseModel):
    """
    Occurs when a [run step](https://platform.openai.com/docs/api-reference/runs/step-object) is cancelled.
    """

    event: Literal["thread.run.step.cancelled"]
    data: RunStepObject


class RunStepStreamEventThreadRunStepExpired(BaseModel):
    """
    Occurs when a [run step](https://platform.openai.com/docs/api-reference/runs/step-object) expires.
    """

    event: Literal["thread.run.step.expired"]
    data: RunStepObject


class CreatePromptCompletionRequest(BaseModel):
    variables: dict[str, Any]
    """
    Variables to substitute in the prompt template
    """
    stream: bool = False
    """
    Default: False. Set to True if you want to stream the response
    """
    hyperparameters: CreateChatCompletionRequest | CreateCompletionRequest | None = None
    """
    **Note**: All hyperparameters are optional. Pass them at the root level, and not nested under `hyperparameters`. Their grouping here is for educational purposes only.
    """


class CreatePromptRenderRequest(BaseModel):
    variables: dict[str, Any]
    """
    Variables to substitute in the prompt template
    """
    hyperparameters: CreateChatCompletionRequest | CreateCompletionRequest | None = None
    """
    **Note**: All hyperparameters are optional. Pass them at the root level, and not nested under `hyperparameters`. Their grouping here is for educational purposes only.
    """


class CreateAssistantRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    model: (
        str
        | Literal[
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
    )
    """
    ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
    """
    name: str | None = Field(None, max_length=256)
    """
    The name of the assistant. The maximum length is 256 characters.
    """
    description: str | None = Field(None, max_length=512)
    """
    The description of the assistant. The maximum length is 512 characters.
    """
    instructions: str | None = Field(None, max_length=256000)
    """
    The system instructions that the assistant uses. The maximum length is 256,000 characters.
    """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = Field(None, max_length=128)
    """
    A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    """
    tool_resources: CreateAssistantRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """
    response_format: Literal["none", "auto"] | AssistantsApiResponseFormat | None = None


class CreateThreadRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    messages: list[CreateMessageRequest] | None = None
    """
    A list of [messages](https://platform.openai.com/docs/api-reference/messages) to start the thread with.
    """
    tool_resources: CreateThreadRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """


class CreateThreadAndRunRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    assistant_id: str
    """
    The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
    """
    thread: CreateThreadRequest | None = None
    """
    If no thread is provided, an empty thread will be created.
    """
    model: (
        str
        | Literal[
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | None
    ) = None
    """
    The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
    """
    instructions: str | None = None
    """
    Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
    """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = Field(None, max_length=20)
    """
    Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
    """
    tool_resources: CreateThreadAndRunRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
    """
    temperature: float | None = Field(1, ge=0.0, le=2.0)
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    """
    top_p: float | None = Field(1, ge=0.0, le=1.0)
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """
    stream: bool | None = None
    """
    If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    """
    max_prompt_tokens: int | None = Field(None, ge=256)
    """
    The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    """
    max_completion_tokens: int | None = Field(None, ge=256)
    """
    The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    """
    truncation_strategy: TruncationObject | None = None
    tool_choice: (
        Literal["none", "auto", "required"] | AssistantsNamedToolChoice | None
    ) = None
    parallel_tool_calls: bool | None = True
    """
    Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.
    """
    response_format: Literal["none", "auto"] | AssistantsApiResponseFormat | None = None


class AssistantStreamEvent(
    RootModel[
        ThreadStreamEvent
        | ErrorEvent
        | DoneEvent
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
    ]
):
    root: (
        ThreadStreamEvent
        | ErrorEvent
        | DoneEvent
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
    )
    """
    Represents an event emitted when streaming a Run.

    Each event in a server-sent events stream has an `event` and `data` property:

    ```
    event: thread.created
    data: {"id": "thread_123", "object": "thread", ...}
    ```

    We emit events whenever a new object is created, transitions to a new state, or is being
    streamed in parts (deltas). For example, we emit `thread.run.created` when a new run
    is created, `thread.run.completed` when a run completes, and so on. When an Assistant chooses
    to create a message during a run, we emit a `thread.message.created event`, a
    `thread.message.in_progress` event, many `thread.message.delta` events, and finally a
    `thread.message.completed` event.

    We may add additional events over time, so we recommend handling unknown events gracefully
    in your code. See the [Assistants API quickstart](https://platform.openai.com/docs/assistants/overview) to learn how to
    integrate the Assistants API with streaming.
    """


ModelCalculateOperation.model_rebuild()
