# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Given a prompt and/or an input image, the model will generate a new image."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, FileTypes, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import ImagesResponse

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncImages", "Images"]

_CREATE_VARIATION = Endpoint(
    method="POST",
    path="/images/variations",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="multipart",
    content_type="multipart/form-data",
    files=frozenset(("image",)),
)
_EDIT = Endpoint(
    method="POST",
    path="/images/edits",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="multipart",
    content_type="multipart/form-data",
    files=frozenset(("image", "mask")),
)
_GENERATE = Endpoint(
    method="POST",
    path="/images/generations",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)


class Images(SyncAPIResource):
    """Given a prompt and/or an input image, the model will generate a new image."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ImagesWithRawResponse(self)

    def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | Omit | None = omit,
        n: int | Omit | None = omit,
        response_format: Literal["url", "b64_json"] | Omit | None = omit,
        size: Literal["256x256", "512x512", "1024x1024"] | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ImagesResponse:
        """Creates Image Variation

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.

                Server default: 'dall-e-2'.
            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

                Server default: 1.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

                Server default: 'url'.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

                Server default: '1024x1024'.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("n", n, minimum=1, maximum=10)
        return cast(
            ImagesResponse,
            self._client.request(
                _CREATE_VARIATION,
                cast_to=ImagesResponse,
                body={
                    "image": image,
                    "model": model,
                    "n": n,
                    "response_format": response_format,
                    "size": size,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def edit(
        self,
        *,
        image: FileTypes,
        prompt: str,
        mask: FileTypes | Omit = omit,
        model: str | Omit | None = omit,
        n: int | Omit | None = omit,
        size: Literal["256x256", "512x512", "1024x1024"] | Omit | None = omit,
        response_format: Literal["url", "b64_json"] | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ImagesResponse:
        """Create Image Edit

        Args:
            image: The image to edit. Must be a valid PNG file, less than 4MB, and square. If mask is not provided, image must have transparency, which will be used as the mask.
            prompt: A text description of the desired image(s). The maximum length is 1000 characters.
            mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.

                Server default: 'dall-e-2'.
            n: The number of images to generate. Must be between 1 and 10.

                Server default: 1.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

                Server default: '1024x1024'.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

                Server default: 'url'.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("prompt", prompt, max_length=1000)
        check("n", n, minimum=1, maximum=10)
        return cast(
            ImagesResponse,
            self._client.request(
                _EDIT,
                cast_to=ImagesResponse,
                body={
                    "image": image,
                    "prompt": prompt,
                    "mask": mask,
                    "model": model,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def generate(
        self,
        *,
        prompt: str,
        model: str | Omit | None = omit,
        n: int | Omit | None = omit,
        quality: Literal["standard", "hd"] | Omit = omit,
        response_format: Literal["url", "b64_json"] | Omit | None = omit,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"]
            | Omit
            | None
        ) = omit,
        style: Literal["vivid", "natural"] | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ImagesResponse:
        """Create Image

        Args:
            prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
            model: The model to use for image generation.

                Server default: 'dall-e-2'.
            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

                Server default: 1.
            quality: The quality of the image that will be generated. `hd` creates images with finer details and greater consistency across the image. This param is only supported for `dall-e-3`.

                Server default: 'standard'.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

                Server default: 'url'.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024` for `dall-e-2`. Must be one of `1024x1024`, `1792x1024`, or `1024x1792` for `dall-e-3` models.

                Server default: '1024x1024'.
            style: The style of the generated images. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images. This param is only supported for `dall-e-3`.

                Server default: 'vivid'.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("n", n, minimum=1, maximum=10)
        return cast(
            ImagesResponse,
            self._client.request(
                _GENERATE,
                cast_to=ImagesResponse,
                body={
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "size": size,
                    "style": style,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ImagesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Images) -> None:
        self.create_variation = to_raw_response(resource.create_variation)
        self.edit = to_raw_response(resource.edit)
        self.generate = to_raw_response(resource.generate)


class AsyncImages(AsyncAPIResource):
    """Given a prompt and/or an input image, the model will generate a new image."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncImagesWithRawResponse(self)

    async def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | Omit | None = omit,
        n: int | Omit | None = omit,
        response_format: Literal["url", "b64_json"] | Omit | None = omit,
        size: Literal["256x256", "512x512", "1024x1024"] | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ImagesResponse:
        """Creates Image Variation

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.

                Server default: 'dall-e-2'.
            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

                Server default: 1.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

                Server default: 'url'.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

                Server default: '1024x1024'.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("n", n, minimum=1, maximum=10)
        return cast(
            ImagesResponse,
            await self._client.request(
                _CREATE_VARIATION,
                cast_to=ImagesResponse,
                body={
                    "image": image,
                    "model": model,
                    "n": n,
                    "response_format": response_format,
                    "size": size,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def edit(
        self,
        *,
        image: FileTypes,
        prompt: str,
        mask: FileTypes | Omit = omit,
        model: str | Omit | None = omit,
        n: int | Omit | None = omit,
        size: Literal["256x256", "512x512", "1024x1024"] | Omit | None = omit,
        response_format: Literal["url", "b64_json"] | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ImagesResponse:
        """Create Image Edit

        Args:
            image: The image to edit. Must be a valid PNG file, less than 4MB, and square. If mask is not provided, image must have transparency, which will be used as the mask.
            prompt: A text description of the desired image(s). The maximum length is 1000 characters.
            mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.

                Server default: 'dall-e-2'.
            n: The number of images to generate. Must be between 1 and 10.

                Server default: 1.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

                Server default: '1024x1024'.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

                Server default: 'url'.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("prompt", prompt, max_length=1000)
        check("n", n, minimum=1, maximum=10)
        return cast(
            ImagesResponse,
            await self._client.request(
                _EDIT,
                cast_to=ImagesResponse,
                body={
                    "image": image,
                    "prompt": prompt,
                    "mask": mask,
                    "model": model,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def generate(
        self,
        *,
        prompt: str,
        model: str | Omit | None = omit,
        n: int | Omit | None = omit,
        quality: Literal["standard", "hd"] | Omit = omit,
        response_format: Literal["url", "b64_json"] | Omit | None = omit,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"]
            | Omit
            | None
        ) = omit,
        style: Literal["vivid", "natural"] | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ImagesResponse:
        """Create Image

        Args:
            prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
            model: The model to use for image generation.

                Server default: 'dall-e-2'.
            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

                Server default: 1.
            quality: The quality of the image that will be generated. `hd` creates images with finer details and greater consistency across the image. This param is only supported for `dall-e-3`.

                Server default: 'standard'.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

                Server default: 'url'.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024` for `dall-e-2`. Must be one of `1024x1024`, `1792x1024`, or `1024x1792` for `dall-e-3` models.

                Server default: '1024x1024'.
            style: The style of the generated images. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images. This param is only supported for `dall-e-3`.

                Server default: 'vivid'.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("n", n, minimum=1, maximum=10)
        return cast(
            ImagesResponse,
            await self._client.request(
                _GENERATE,
                cast_to=ImagesResponse,
                body={
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "size": size,
                    "style": style,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncImagesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncImages) -> None:
        self.create_variation = to_raw_response_async(resource.create_variation)
        self.edit = to_raw_response_async(resource.edit)
        self.generate = to_raw_response_async(resource.generate)
